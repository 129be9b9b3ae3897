// Types of the in-page probe that scripts/bench/browser.mjs installs (window.__bench), for its page functions.
interface BenchProbe {
  fcp: number | null
  lcp: number | null
  drawnAt: number | null
  done?: Promise<number>
  chartsDrawn(min?: number): boolean
  countCharts(): number
  signature(panel: Element): string
  signatures(): string[]
  frame(): Promise<number>
}

interface Window {
  __bench: BenchProbe
}
