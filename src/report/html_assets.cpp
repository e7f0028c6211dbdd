#include "report/html_assets.h"

#include <sodium.h>

namespace rightscheck {

std::string_view html_stylesheet() {
  return R"css(
:root{--ink:#1a1a1a;--muted:#4a4a4a;--line:#c4c4c4;--paper:#fff;--panel:#f5f5f2;--link:#0b57a4;
--risk:#a4161a;--risk-bg:#fde2a6;--safe:#1e6b34;--safe-bg:#cdebd6;--gap:#3b3f9a;--gap-bg:#dfe3fb;--focus:#0b57a4}
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;line-height:1.5;color:var(--ink);background:var(--paper)}
body{margin:0;padding:0 .75rem 2rem;max-width:90rem;margin-inline:auto}
[hidden]{display:none!important}
a{color:var(--link)}
a:focus-visible,input:focus-visible,summary:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
h1{font-size:1.6rem;line-height:1.25;margin:1rem 0 .25rem}
h2{font-size:1.35rem;margin:2rem 0 .5rem;border-bottom:2px solid var(--ink)}
h3{font-size:1.15rem;margin:1.5rem 0 .5rem}
h4{font-size:1rem;margin:.25rem 0}
code{font-size:.9em;overflow-wrap:anywhere}
.vh{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.skip{position:absolute;left:-999rem}
.skip:focus{position:static;display:inline-block;margin:.5rem 0;padding:.25rem .5rem;background:var(--paper)}
.meta{color:var(--muted);font-size:.9rem;margin:.25rem 0;overflow-wrap:anywhere}
.scorecard{background:var(--panel);border:1px solid var(--line);border-radius:.5rem;padding:.75rem}
.scorecard h3{margin-top:0}
.summary{display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:center}
.overall{display:flex;align-items:center;gap:.75rem}
.overall svg{width:6rem;height:6rem;flex:none}
.overall .big{font-size:2.25rem;font-weight:700;line-height:1}
.ring-track{fill:none;stroke:#d9d9d4;stroke-width:12}
.b-low{stroke:var(--risk);fill:var(--risk)}.b-mid{stroke:#8a5a00;fill:#8a5a00}.b-high{stroke:var(--safe);fill:var(--safe)}
circle.ring{fill:none;stroke-width:12}
table.counts{border-collapse:collapse;font-size:.875rem;background:var(--paper)}
.counts caption{text-align:left;font-weight:600;padding-bottom:.25rem}
.counts th,.counts td{border:1px solid var(--line);padding:.15rem .35rem;text-align:right}
.counts th[scope=row],.counts thead th:first-child{text-align:left}
.bars{list-style:none;padding:0;margin:.5rem 0 0;display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,22rem),1fr));column-gap:2rem}
.bars li{display:grid;grid-template-columns:2.75rem minmax(0,1fr) auto;gap:.1rem .5rem;align-items:center;padding:.3rem 0;border-top:1px solid var(--line)}
.bars .rec{font-weight:700}
.bars svg{width:100%;height:.75rem;display:block}
.bars .track{fill:#d9d9d4}
.bars .val{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.bars .rtext{grid-column:2/-1;font-size:.875rem;color:var(--muted)}
.scorecard details{margin-top:.5rem}
.recs{margin:.5rem 0;display:grid;grid-template-columns:auto minmax(0,1fr);gap:.25rem .75rem}.recs dt{font-weight:700}.recs dd{margin:0}
nav ol{list-style:none;padding-left:1rem;margin:.25rem 0}
nav ul{padding-left:1.25rem}
nav .counts-inline{color:var(--muted);font-size:.875rem}
details summary{cursor:pointer}
.filters{border:1px solid var(--line);border-radius:.5rem;padding:.5rem 1rem;margin:1rem 0}
.filters fieldset{border:0;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
.filters h3{margin-top:.25rem}
.filters legend{font-weight:600;padding:0;margin-bottom:.25rem}
.filters label{display:inline-flex;align-items:center;gap:.35rem;min-height:2rem}
.filters input{width:1.15rem;height:1.15rem;margin:0}
.row{display:grid;grid-template-columns:minmax(0,1fr);gap:.5rem;border-top:1px solid #e4e4e0;padding:.25rem 0}
.src{white-space:pre-line;overflow-wrap:anywhere;font-family:Georgia,"DejaVu Serif",serif;line-height:1.6;margin:0}
@media (min-width:40rem){.src{white-space:pre-wrap}}
@media (min-width:60rem){.row{grid-template-columns:minmax(0,1fr) 24rem}.row:not(.has-notes) .src{grid-column:1}}
mark{color:inherit;box-decoration-break:clone;-webkit-box-decoration-break:clone;padding:0 .05em}
mark.m-risk{background:var(--risk-bg);border-bottom:3px solid var(--risk)}
mark.m-safeguard{background:var(--safe-bg);border-bottom:3px double var(--safe)}
mark.m-gap{background:var(--gap-bg);border-bottom:3px dotted var(--gap)}
mark.m-mixed{background:linear-gradient(var(--risk-bg) 60%,var(--safe-bg) 60%)}
mark.off{background:none;border-bottom:0}
a.ref{font-family:system-ui,sans-serif;font-size:.85rem;font-weight:600;text-decoration:none;white-space:nowrap;padding:0 .1em}
a.ref:hover{text-decoration:underline}
.ev:target+mark,.ev:target+.ev+mark{outline:3px solid var(--focus)}
.pg{display:inline-block;font-family:system-ui,sans-serif;font-size:.8rem;color:var(--muted);border:1px solid var(--line);border-radius:.25rem;padding:0 .3rem}
.notes{display:flex;flex-direction:column;gap:.5rem}
.finding{border:1px solid var(--line);border-left:.4rem solid var(--line);border-radius:.35rem;padding:.5rem .75rem;background:var(--paper);font-size:.95rem}
.finding p{margin:.3rem 0}
.finding.fk-risk{border-left-color:var(--risk)}
.finding.fk-safeguard{border-left-color:var(--safe);border-left-style:double}
.finding.fk-gap{border-left-color:var(--gap);border-left-style:dotted}
.finding.suppressed{border-left-color:var(--muted);border-left-style:dashed;background:var(--panel)}
.finding:target{outline:3px solid var(--focus)}
.tag{display:inline-block;font-size:.85rem;font-weight:700;padding:0 .4rem;border-radius:.25rem;border:1px solid currentColor;margin-right:.35rem}
.t-risk{color:var(--risk)}.t-safeguard{color:var(--safe)}.t-gap{color:var(--gap)}.t-suppressed{color:var(--muted)}
.num{font-variant-numeric:tabular-nums;color:var(--muted);font-weight:600}
.quote{overflow-wrap:anywhere}
.list{display:flex;flex-direction:column;gap:.5rem}
footer{margin-top:3rem;border-top:1px solid var(--line);color:var(--muted);font-size:.9rem}
@media print{
 body{max-width:none;padding:0;font-size:10.5pt}
 .skip,.filters,nav details summary{display:none}
 nav details>*{display:block}
 .row{grid-template-columns:minmax(0,1fr)!important;break-inside:auto}
 .finding,.bars li,.counts{break-inside:avoid}
 h2,h3{break-after:avoid}
 a{color:inherit;text-decoration:none}
 .scorecard{background:none}
 mark{print-color-adjust:exact;-webkit-print-color-adjust:exact}
}
)css";
}

std::string_view html_filter_script() {
  return R"js(
document.querySelectorAll('.doc').forEach(function (doc) {
  var boxes = doc.querySelectorAll('.filters input');
  var status = doc.querySelector('.filters .shown');
  function update() {
    var off = {}, shown = {}, total = 0, count = 0;
    boxes.forEach(function (b) { if (!b.checked) off[b.value] = true; });
    doc.querySelectorAll('article.finding').forEach(function (a) {
      var on = !a.dataset.keys.split(' ').some(function (k) { return off[k]; });
      a.hidden = !on;
      total++;
      if (on) { count++; shown[a.dataset.n] = true; }
    });
    doc.querySelectorAll('a.ref').forEach(function (r) { r.hidden = !shown[r.dataset.n]; });
    doc.querySelectorAll('mark[data-f]').forEach(function (m) {
      m.classList.toggle('off', !m.dataset.f.split(' ').some(function (n) { return shown[n]; }));
    });
    if (status) {
      status.textContent = (status.dataset.template || 'Showing {n} of {total} findings.')
        .replace('{n}', count).replace('{total}', total);
    }
  }
  boxes.forEach(function (b) { b.addEventListener('change', update); });
});
)js";
}

const std::string& html_script_hash_source() {
  static const std::string source = [] {
    std::string_view script = html_filter_script();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(script.data()), script.size());
    char b64[sodium_base64_ENCODED_LEN(crypto_hash_sha256_BYTES, sodium_base64_VARIANT_ORIGINAL)];
    sodium_bin2base64(b64, sizeof b64, digest, sizeof digest, sodium_base64_VARIANT_ORIGINAL);
    return "'sha256-" + std::string(b64) + "'";
  }();
  return source;
}

}  // namespace rightscheck
