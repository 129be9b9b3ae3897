/**
 * The built-ins newer than the oldest supported browser (Chromium 87, the build target) that code in the
 * bundle calls. The build lowers syntax to the target but never adds missing built-ins, so they are
 * defined here, before anything else runs. Pinia calls Object.hasOwn (Chromium 93); Array.prototype.at
 * (Chromium 92) is easy to reach for. A browser test deletes these and newer built-ins and uses the app.
 */
function define<T extends object>(target: T, name: string, value: unknown): void {
  if (name in target) return
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false })
}

define(Object, 'hasOwn', (object: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(object, key))

function at<T>(this: ArrayLike<T>, index: number): T | undefined {
  const i = Math.trunc(index) || 0
  const k = i < 0 ? this.length + i : i
  return k >= 0 && k < this.length ? this[k] : undefined
}
define(Array.prototype, 'at', at)
define(String.prototype, 'at', at)

export {}
