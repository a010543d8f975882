/**
 * The page's only style, inline: the page loads nothing (its Content-Security-Policy forbids it).
 * Colours back up symbols and words; they never carry a meaning alone.
 */
export const HTML_STYLE = `
:root{color-scheme:light dark;--fg:#1f2328;--muted:#59636e;--bg:#fff;--line:#d1d9e0;--head:#f6f8fa;
--good:#1a7f37;--warn:#9a6700;--bad:#cf222e;--unknown:#6639ba;--box:#ddf4ff}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;--line:#3d444d;
--head:#151b23;--good:#3fb950;--warn:#d29922;--bad:#f85149;--unknown:#ab7df8;--box:#0c2d6b}}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg);margin:0;padding:16px 24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px}
p,ul{margin:4px 0}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;overflow-wrap:anywhere}
.muted,.file{color:var(--muted)}.file{font-size:12px}
.tiles{display:flex;flex-wrap:wrap;gap:8px;margin:12px 0;padding:0;list-style:none}
.tiles li{border:1px solid var(--line);border-radius:6px;padding:6px 12px}
.tiles b{font-size:18px;margin-right:4px}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead th{background:var(--head);position:sticky;top:0}
tbody th{font-weight:normal;min-width:12em}
.id{font-weight:600}td.status{min-width:6.5em}
td ul{list-style:none;padding:0}td li+li{margin-top:4px}
.g{white-space:nowrap}.g.long{white-space:normal}
.good{color:var(--good)}.warn{color:var(--warn)}.bad{color:var(--bad)}.unknown{color:var(--unknown)}.unchecked{color:var(--muted)}
.g>span[aria-hidden]{display:inline-block;width:1.1em;font-weight:700}
.notice{border-left:4px solid var(--unknown);padding:4px 10px;margin:6px 0}
figure{margin:16px 0}figcaption{font-weight:600;margin-bottom:4px}
.graph{overflow-x:auto}
svg.slices rect{fill:var(--box);stroke:var(--muted)}
svg.slices text{fill:var(--fg);font:12px system-ui,sans-serif}
svg.slices .slice-id{font-weight:700}
svg.slices .edge{fill:none;stroke:var(--muted);stroke-width:1.5}svg.slices .out-of-order{stroke:var(--bad);stroke-dasharray:5 4}
svg.defs{position:absolute}svg.defs path{fill:var(--muted)}
`;
