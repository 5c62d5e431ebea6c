/**
 * The report's look, for screen and print alike: A4 pages, page breaks before each part, cards
 * that do not split, the shipped font (Vazirmatn has Latin and Persian), colours from the app.
 * Logical properties (inline-start/end) so right-to-left needs no second stylesheet.
 */
export const REPORT_CSS = `
:root { --text:#18212d; --muted:#4b5665; --border:#d3d9e1; --accent:#1d4f8c; --accent-soft:#e9f0f9; --low:#a3231b; --mid:#7a4f00; --high:#1c6b3a; --target:#c2410c; }
* { box-sizing: border-box; }
html { font-family: Vazirmatn, sans-serif; color: var(--text); font-size: 10.5pt; line-height: 1.45; }
body { margin: 0; background: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
main { max-width: 178mm; margin: 0 auto; padding: 8mm 0; }
h1, h2, h3, h4 { line-height: 1.2; margin: 0 0 .5em; }
h1 { font-size: 26pt; color: var(--accent); }
h2 { font-size: 17pt; color: var(--accent); border-block-end: 2px solid var(--accent); padding-block-end: .2em; margin-block-start: .6em; }
h3 { font-size: 12.5pt; margin-block-start: 1em; }
h4 { font-size: 10.5pt; margin-block: .8em .3em; }
p { margin: 0 0 .5em; }
ul, ol { margin: 0 0 .6em; padding-inline-start: 1.3em; }
.muted { color: var(--muted); }
.num, .value, .score { font-variant-numeric: tabular-nums; }
.eyebrow { text-transform: uppercase; letter-spacing: .06em; color: var(--muted); font-size: 9pt; margin: 0; }
.cover { border-block-end: 1px solid var(--border); padding-block-end: 6mm; margin-block-end: 4mm; }
.subtitle { font-size: 13pt; color: var(--muted); }
.facts { display: flex; gap: 10mm; margin: 4mm 0 0; flex-wrap: wrap; }
.facts dt { font-size: 8.5pt; color: var(--muted); }
.facts dd { margin: 0; font-weight: 600; }
.kpis { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin-block: 3mm; }
.kpi { border: 1px solid var(--border); border-radius: 6px; padding: 3mm; display: flex; flex-direction: column; break-inside: avoid; }
.kpi.main { background: var(--accent-soft); border-color: var(--accent); }
.kpi .label { font-size: 8.5pt; color: var(--muted); }
.kpi .value { font-size: 22pt; font-weight: 700; color: var(--accent); }
.kpi .unit { font-size: 8.5pt; color: var(--muted); }
.confidence { font-size: 9pt; color: var(--muted); }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
.flags ul { list-style: none; padding: 0; }
.flag { border-inline-start: 3px solid var(--mid); padding-inline-start: 2mm; margin-block-end: 1.5mm; }
.flag.critical, .flag.high { border-color: var(--low); }
.profile { display: grid; grid-template-columns: 1.1fr 1fr; gap: 4mm; align-items: start; break-inside: avoid; }
.profile figure { margin: 0; }
.radar { width: 100%; height: auto; }
.radar .ring { fill: none; stroke: var(--border); stroke-width: 1; }
.radar .spoke { stroke: var(--border); stroke-width: 1; }
.radar .score { fill: rgb(29 79 140 / 22%); stroke: var(--accent); stroke-width: 2.5; }
.radar .target { fill: none; stroke: var(--target); stroke-width: 2; stroke-dasharray: 7 5; }
.radar .previous { fill: none; stroke: var(--muted); stroke-width: 1.5; stroke-dasharray: 2 4; }
.radar .axis { font-size: 13px; fill: var(--text); }
figcaption { display: flex; gap: 4mm; font-size: 8.5pt; justify-content: center; }
.key::before { content: ""; display: inline-block; inline-size: 8mm; block-size: 0; border-block-start: 2px dashed var(--target); vertical-align: middle; margin-inline-end: 1.5mm; }
.key.previous::before { border-block-start: 2px dotted var(--muted); }
table { border-collapse: collapse; inline-size: 100%; margin-block: 2mm 4mm; font-size: 9.5pt; break-inside: auto; }
caption { text-align: start; font-weight: 600; margin-block-end: 1mm; }
th, td { border-block-end: 1px solid var(--border); padding: 1.2mm 1.5mm; text-align: start; vertical-align: top; }
thead th { font-size: 8.5pt; color: var(--muted); font-weight: 600; }
tr { break-inside: avoid; }
td.num { text-align: end; }
.page { break-before: page; }
.dimension, .recommendation { border: 1px solid var(--border); border-radius: 6px; padding: 3mm 4mm; margin-block-end: 3mm; break-inside: avoid; }
.dimension h3, .recommendation h3 { margin-block-start: 0; display: flex; justify-content: space-between; gap: 3mm; }
.dimension .score { color: var(--accent); }
.bar { position: relative; block-size: 2.2mm; background: var(--accent-soft); border-radius: 2mm; margin-block-end: 2mm; }
.bar span { position: absolute; inset-block: 0; inset-inline-start: 0; border-radius: 2mm; background: var(--accent); }
.bar.low span { background: var(--low); } .bar.mid span { background: var(--mid); } .bar.high span { background: var(--high); }
.bar i { position: absolute; inset-block: -1mm; inline-size: 0; border-inline-start: 2px solid var(--target); }
.warning { color: var(--mid); }
.recommendation.dismissed { opacity: .75; }
.recommendation .meta { font-size: 8.5pt; color: var(--muted); }
.status { font-weight: 700; color: var(--accent); }
.agenda li, .agreed li, .appendix ol > li { margin-block-end: 3mm; break-inside: avoid; }
.question { font-weight: 600; margin: 0; }
.comments { list-style: none; padding-inline-start: 3mm; border-inline-start: 2px solid var(--border); }
.toolbar { display: flex; gap: 3mm; justify-content: flex-end; max-width: 178mm; margin: 4mm auto 0; }
.button { font: inherit; background: var(--accent); color: #fff; border: 1px solid var(--accent); border-radius: 6px; padding: 2mm 4mm; text-decoration: none; cursor: pointer; }
.button.secondary { background: #fff; color: var(--accent); }
.button:focus-visible { outline: 3px solid var(--target); outline-offset: 2px; }
@media screen { body { background: #f6f7f9; } main { background: #fff; padding: 12mm 16mm; margin-block: 4mm 10mm; box-shadow: 0 1px 3px rgb(16 24 40 / 12%); max-width: 210mm; } .page { border-block-start: 1px dashed var(--border); margin-block-start: 10mm; padding-block-start: 6mm; } }
@media print { .no-print { display: none !important; } main { padding: 0; } }
`;
