/**
 * v-live-text: text that changes often (the screen clock, every second) written into one Text node's
 * nodeValue. Vue writes an element's text through textContent, which replaces the Text node each time:
 * a new DOM node every second, garbage until the next collection (and one more node whenever the DOM
 * is counted between a tick and that collection, which made the long-run test flaky by one node).
 */
import type { Directive } from 'vue'

export const vLiveText: Directive<HTMLElement, string> = {
  mounted(el, { value }) {
    el.textContent = value
  },
  updated(el, { value }) {
    const node = el.firstChild
    if (node instanceof Text && el.childNodes.length === 1) {
      if (node.nodeValue !== value) node.nodeValue = value
    } else el.textContent = value
  },
}
