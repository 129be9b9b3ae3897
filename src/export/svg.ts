/** XML text for the SVG export. Pure. */

/** Text and attribute values for XML; characters XML 1.0 cannot hold are dropped. */
export function escapeXml(text: string): string {
  return (
    text
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  )
}

/**
 * ECharts' SVG made a still, self-contained image: its hover <style> goes (and with it the classes), and
 * each style="…" becomes presentation attributes. ECharts writes style values unescaped, so the quoted
 * font family names would end the attribute (invalid XML), and a strict style-src CSP refuses inline
 * styles even in a parsed document. Presentation attributes need no CSS and every SVG editor reads them.
 */
export function plainSvg(svg: string): string {
  return svg
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(/ style="(.*?;)"(?=[\s>/])/g, (_match, declarations: string) =>
      declarations
        .split(';')
        .map((declaration) => /^\s*([a-z-]+)\s*:\s*(.+?)\s*$/.exec(declaration))
        .filter((found): found is RegExpExecArray => found !== null)
        .map(([, property, value]) => ` ${property}="${escapeXml(value)}"`)
        .join(''),
    )
}
