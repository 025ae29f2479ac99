/**
 * The console's only script and stylesheets, served by the app itself so that the Content-Security-Policy
 * can forbid inline script and style. Kept as strings: the same app runs on Workers, which has no files.
 */

/** Refreshes the queue list from its partial endpoint; the server renders (and escapes) every line. */
export const QUEUE_JS = `'use strict'
;(function () {
  var list = document.getElementById('queue')
  if (!list) return
  var source = list.getAttribute('data-source')
  function refresh() {
    fetch(source, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (r) {
        if (r.status === 401) { window.location.reload(); return null }
        return r.ok ? r.text() : null
      })
      .then(function (html) { if (html !== null && html !== undefined) list.innerHTML = html })
      .catch(function () {})
  }
  setInterval(refresh, 15000)
  document.addEventListener('visibilitychange', function () { if (!document.hidden) refresh() })
})()
`

export const CONSOLE_CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.45 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC",sans-serif;color:#1b1f24;background:#f4f5f7}
header{background:#12355b;color:#fff;padding:.5rem .75rem;display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
header .who{font-weight:600;flex:1 1 auto}
header nav{display:flex;gap:.75rem;flex-wrap:wrap}
header a{color:#fff}
header form{margin:0}
header button{background:transparent;color:#fff;border:1px solid #fff6;border-radius:4px;padding:.2rem .5rem;font-size:.9rem}
main{max-width:52rem;margin:0 auto;padding:.75rem}
h1{font-size:1.3rem;margin:.5rem 0}
h2{font-size:1.1rem;margin:1.25rem 0 .5rem}
a{color:#0b5cad}
.card{background:#fff;border-radius:8px;padding:.75rem;margin:.5rem 0;box-shadow:0 1px 2px #0002}
.queue{list-style:none;margin:0;padding:0}
.queue a.item{display:block;text-decoration:none;color:inherit}
.item .top{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}
.item .ref{font-weight:700;font-variant-numeric:tabular-nums}
.meta{color:#555;font-size:.9rem}
.badge{display:inline-block;border-radius:4px;padding:0 .4rem;font-weight:700;font-size:.85rem;color:#fff;background:#6b7280}
.badge.P1{background:#c0152f}.badge.P2{background:#d97706}.badge.P3{background:#2563eb}
.due{font-size:.9rem;font-weight:600}
.due.late{color:#c0152f}
.flash{background:#fde8eb;border:1px solid #c0152f;color:#7a0c1d;padding:.6rem;border-radius:6px}
.msg{border-left:4px solid #9ca3af;padding:.4rem .6rem;margin:.4rem 0;background:#fff;border-radius:4px}
.msg.in{border-color:#c0152f}.msg.out{border-color:#2563eb}.msg.note{border-color:#d97706;background:#fffbeb}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
form.stack{display:flex;flex-direction:column;gap:.4rem}
label{font-size:.9rem;color:#333}
input,select,textarea,button{font:inherit}
input[type=text],input[type=password],input[type=month],select,textarea{width:100%;padding:.5rem;border:1px solid #bbb;border-radius:6px;background:#fff}
textarea{min-height:5rem}
button.primary,.actions button{background:#12355b;color:#fff;border:0;border-radius:6px;padding:.6rem 1rem;font-weight:600;min-height:44px}
button.ack{background:#c0152f;width:100%}
table{border-collapse:collapse;width:100%;font-size:.9rem;background:#fff}
th,td{border-bottom:1px solid #e5e7eb;padding:.35rem;text-align:left;vertical-align:top}
.scroll{overflow-x:auto}
figure.chart{margin:.75rem 0;background:#fff;border-radius:8px;padding:.5rem;max-width:40rem}
figure.chart figcaption{font-weight:600;font-size:.95rem;margin-bottom:.25rem}
svg.chart{width:100%;height:auto}
form.month{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
form.month input{width:auto;flex:1 1 10rem}
.muted{color:#666}
details summary{cursor:pointer;font-weight:600;padding:.3rem 0}
`

/** A4, two halves (zh, en); the QR code is big enough to scan from a step back. */
export const POSTER_CSS = `
@page{size:A4;margin:12mm}
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,"PingFang SC","Noto Sans CJK SC",sans-serif;color:#111;background:#fff}
.sheet{width:186mm;min-height:273mm;margin:0 auto;display:flex;flex-direction:column;gap:6mm}
.half{flex:1;border:2px solid #12355b;border-radius:6mm;padding:7mm;display:flex;gap:6mm;align-items:center}
.half .words{flex:1}
.half h1{font-size:20pt;margin:0 0 4mm;color:#12355b}
.half .sms{font-size:17pt;font-weight:700;margin:0 0 2mm}
.half p{font-size:12pt;margin:0 0 2mm}
.half .danger{font-weight:700;color:#b00020}
.qr{width:48mm;text-align:center;font-size:9pt}
.qr svg{width:48mm;height:48mm}
.school{font-size:11pt;color:#444}
.noprint{text-align:center;margin:4mm}
@media print{.noprint{display:none}}
`
