/// <reference lib="dom" />
// (Runs in the browser, as an init script.)
/** Built-ins that shipped after Chromium 87; the oldest supported browser does not have them. */
export function removeNewerBuiltins() {
  const drop = (target: object | undefined, names: string[]) => {
    for (const name of names) if (target) delete (target as Record<string, unknown>)[name]
  }
  drop(Object, ['hasOwn', 'groupBy'])
  drop(Map, ['groupBy'])
  drop(Promise, ['withResolvers'])
  drop(Array, ['fromAsync'])
  drop(Array.prototype, ['at', 'findLast', 'findLastIndex', 'toSorted', 'toReversed', 'toSpliced', 'with'])
  drop(String.prototype, ['at', 'isWellFormed', 'toWellFormed'])
  drop(Set.prototype, ['union', 'intersection', 'difference', 'symmetricDifference', 'isSubsetOf', 'isSupersetOf', 'isDisjointFrom'])
  drop(AbortSignal, ['timeout', 'any'])
  drop(URL, ['canParse', 'parse'])
  drop(Element.prototype, ['checkVisibility'])
  drop(globalThis, ['structuredClone', 'Iterator'])
  drop(Crypto.prototype, ['randomUUID'])
}
