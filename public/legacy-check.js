/*
 * Old-browser check, a classic script in ES5 so that any browser can run it (IE in a dual-core browser's
 * compatibility mode, the Chromium 49 of Windows XP, ...). The app itself is a module script built for
 * Chromium 87 (vite.config.ts, build.target); a browser that cannot run it would show a blank page. Instead:
 *  - a browser without module scripts or without the features the build relies on gets a clear message
 *    at once;
 *  - if the app has still not started once the page has loaded (a syntax error in an old engine, a file
 *    that failed to load), the same kind of message appears rather than an empty screen.
 * A file, not inline, because the Content-Security-Policy allows no inline script.
 */
;(function () {
  'use strict'

  var MESSAGE_ID = 'legacy-browser-message'
  var OLD_BROWSER =
    '您的浏览器版本过低，无法显示本看板。请使用 Chromium 87 或更新版本的浏览器' +
    '（新版 Chrome、Edge，或 360、QQ 等浏览器的“极速模式”）。'
  var NOT_STARTED =
    '看板未能正常启动。请刷新页面重试；如仍无法显示，您的浏览器版本可能过低，请使用 Chromium 87 或更新版本的浏览器' +
    '（新版 Chrome、Edge，或 360、QQ 等浏览器的“极速模式”），或联系系统管理员。'

  // The served build (index.html and its folders) opened by double-click: the browser refuses its module
  // script and data files from file://. Not the portable page (one file, marked on <html>), which runs there.
  var NEEDS_SERVER = '这份看板需要通过网页服务器打开，直接双击 index.html 无法显示。'
  var NEEDS_SERVER_DETAIL =
    '没有服务器时，请打开本文件夹中“离线版”文件夹里的“永安镇经济运行看板-（报告期）.html”：它是单个文件，' +
    '可复制到 U 盘或任意文件夹，双击即可用 Chrome、Edge 或 360 极速模式打开；同一文件夹中的“启动看板.cmd”以放映模式打开它。'

  /** Features the build needs: module scripts, and APIs of the Chromium 85-87 era it uses. */
  function missingFeatures() {
    var missing = []
    var script = document.createElement('script')
    if (!('noModule' in script)) missing.push('module scripts')
    // String.prototype.replaceAll and Promise.any shipped with the `||=` / `??=` syntax the bundle keeps (Chromium 85).
    if (typeof String.prototype.replaceAll !== 'function') missing.push('String.prototype.replaceAll')
    if (typeof Promise === 'undefined' || typeof Promise.any !== 'function') missing.push('Promise.any')
    if (typeof window.fetch !== 'function') missing.push('fetch')
    if (typeof window.AbortController !== 'function') missing.push('AbortController')
    if (typeof window.ResizeObserver !== 'function') missing.push('ResizeObserver')
    if (typeof Object.fromEntries !== 'function') missing.push('Object.fromEntries')
    if (typeof Array.prototype.flatMap !== 'function') missing.push('Array.prototype.flatMap')
    if (typeof window.Intl === 'undefined' || typeof window.Intl.NumberFormat !== 'function') missing.push('Intl.NumberFormat')
    return missing
  }

  function show(text, detail) {
    if (document.getElementById(MESSAGE_ID)) return
    var box = document.createElement('div')
    box.id = MESSAGE_ID
    box.setAttribute('role', 'alert')
    // Styles through the CSSOM (element.style), which the page's style-src policy allows.
    var css = {
      position: 'fixed',
      left: '0',
      right: '0',
      top: '0',
      zIndex: '2147483647',
      padding: '24px 32px',
      background: '#fef2f2',
      color: '#991b1b',
      borderBottom: '3px solid #dc2626',
      fontSize: '24px',
      lineHeight: '1.6',
      fontFamily: '"Microsoft YaHei", "Noto Sans CJK SC", "PingFang SC", sans-serif',
    }
    for (var key in css) box.style[key] = css[key]
    var title = document.createElement('strong')
    title.appendChild(document.createTextNode(text))
    box.appendChild(title)
    if (detail) {
      var small = document.createElement('div')
      small.style.fontSize = '16px'
      small.style.marginTop = '8px'
      small.appendChild(document.createTextNode(detail))
      box.appendChild(small)
    }
    document.body.insertBefore(box, document.body.firstChild)
  }

  function appStarted() {
    var root = document.getElementById('app')
    return !!(root && root.children && root.children.length > 0)
  }

  function onReady(fn) {
    if (document.readyState !== 'loading') fn()
    else document.addEventListener('DOMContentLoaded', fn)
  }

  var missing = missingFeatures()
  if (missing.length) {
    onReady(function () {
      show(OLD_BROWSER, '缺少的功能：' + missing.join('、'))
    })
    return
  }

  if (location.protocol === 'file:' && !document.documentElement.hasAttribute('data-yongan-portable')) {
    onReady(function () {
      show(NEEDS_SERVER, NEEDS_SERVER_DETAIL)
    })
    return
  }

  // Module scripts run before the load event; the app mounts as its module runs. A short grace period
  // covers a busy machine.
  window.addEventListener('load', function () {
    setTimeout(function () {
      if (!appStarted()) show(NOT_STARTED, '')
    }, 1500)
  })
})()
