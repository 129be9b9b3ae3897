/*
 * Starts reading data/*.json as soon as the page's head is parsed, while the browser still downloads and
 * compiles the app's bundle (about 100 ms of a first load); the app's first read takes these requests over
 * (src/data/load.ts). A classic script file, not inline, so the Content-Security-Policy needs no exception;
 * plain ES5, and it does nothing where fetch is missing (the old-browser check explains that case).
 * Keep the file list in step with DATA_FILES in src/data/schema.ts (a unit test checks it); in the split form
 * values.json is the index of the year files (src/data/split.ts).
 */
(function () {
  if (typeof fetch !== 'function' || typeof AbortController !== 'function' || typeof URL !== 'function') return
  var names = ['meta.json', 'editions.json', 'units.json', 'sectors.json', 'indicators.json', 'values.json', 'projects.json', 'honours.json', 'dashboard.json']
  var folder = new URL('data/', document.baseURI).href
  var reads = {}
  for (var i = 0; i < names.length; i++) {
    var controller = new AbortController()
    reads[names[i]] = {
      response: fetch(folder + names[i], { cache: 'no-cache', signal: controller.signal }),
      controller: controller
    }
  }
  window.__yonganEarlyReads = { folder: folder, reads: reads }
})()
