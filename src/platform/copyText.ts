/**
 * Copies text to the clipboard: the Clipboard API where the page may use it (https, localhost), else the
 * old selection-and-copy command, which plain-http intranet pages still allow inside a click. Returns
 * whether either worked; the caller shows the text to copy by hand when not. Not @vueuse/core's
 * useClipboard: its legacy fallback does not say whether the copy worked, and the manual text depends on it.
 */
export async function copyText(text: string, doc: Document = document, nav: Pick<Navigator, 'clipboard'> | undefined = navigator): Promise<boolean> {
  try {
    if (nav?.clipboard?.writeText) {
      await nav.clipboard.writeText(text)
      return true
    }
  } catch {
    // Refused (no permission, not a secure page): try the old way.
  }
  const area = doc.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  doc.body.appendChild(area)
  area.select()
  try {
    return doc.execCommand('copy')
  } catch {
    return false
  } finally {
    area.remove()
  }
}
