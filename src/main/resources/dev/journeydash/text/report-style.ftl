<#-- The report's styles, included by summary.html.ftl; colours and the font come from the theme. -->
:root { --primary: ${theme.primary}; --on-primary: ${theme.onPrimary}; --accent: ${theme.accent};
  --header: ${theme.headerFill}; --good: ${theme.good}; --warn: ${theme.warn}; --bad: ${theme.bad};
  --muted: ${theme.muted}; --alert: ${theme.alert}; --background: ${theme.background}; --line: #d9dee5; --text: #1f2933; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: "${theme.font}", Carlito, "DejaVu Sans", Arial, sans-serif; color: var(--text);
  background: #f4f6f9; font-size: 15px; line-height: 1.4; }
h1, h2, h3, h4, p { margin: 0; }
h2 { font-size: 1.05rem; color: var(--primary); margin-bottom: .5rem; }
ul, ol { margin: 0; padding-left: 1.1rem; }
.banner { background: var(--primary); color: var(--on-primary); padding: 1rem 1.5rem; display: flex;
  gap: 1rem; justify-content: space-between; align-items: center; flex-wrap: wrap; }
.banner h1 { font-size: 1.6rem; }
h1, h2, h3 { font-family: "${theme.headingFont}", "${theme.font}", Carlito, "DejaVu Sans", Arial, sans-serif; }
.banner .logo { height: 3.2rem; width: auto; flex: none; align-self: center; }
.client { font-size: .85rem; letter-spacing: .06em; text-transform: uppercase; opacity: .9; }
.description { opacity: .9; }
.period { text-align: right; display: flex; flex-direction: column; }
.period strong { font-size: 1.3rem; }
.caption { font-size: .75rem; text-transform: uppercase; letter-spacing: .06em; opacity: .85; }
.range { font-size: .85rem; opacity: .9; }
.note { background: var(--warn); color: #5c4400; padding: .5rem 1.5rem; border-bottom: 1px solid #e0c36b; }
main { padding: 1rem 1.5rem; display: grid; gap: 1rem; max-width: 1400px; margin: 0 auto; }
section, .panel { background: var(--background); border: 1px solid var(--line); border-radius: 8px; padding: .9rem 1rem; }
.pair { background: none; border: 0; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); }
.chart svg { display: block; width: 100%; height: auto; max-width: 100%; }
.panel .chart svg { max-width: 720px; margin: 0 auto; }
.chart.narrow { display: none; }
.print-only { display: none; }
.headline { display: grid; grid-template-columns: minmax(200px, 1fr) 3fr; gap: 1rem; align-items: center; }
.score { display: flex; flex-direction: column; gap: .2rem; }
.score .caption { color: var(--muted); opacity: 1; }
.score .big { font-size: 3rem; line-height: 1; color: var(--primary); }
.change { font-size: .9rem; }
.trend-up { color: #1e7a3c; } .trend-down { color: var(--alert); } .trend-flat, .trend-none { color: var(--muted); }
.flow { list-style: none; padding: 0; display: grid; grid-auto-flow: column; grid-auto-columns: minmax(0, 1fr); gap: 1.2rem; }
.flow > li { position: relative; border: 1px solid var(--line); border-top: 6px solid var(--muted); border-radius: 6px;
  padding: .6rem .7rem; background: #fbfcfd; font-size: .85rem; }
.flow > li + li::before { content: "\25B6"; position: absolute; left: -1.05rem; top: 1.2rem; color: var(--muted); font-size: .8rem; }
.flow > li.status-on-track { border-top-color: #2e8b57; }
.flow > li.status-at-risk { border-top-color: #d4a017; }
.flow > li.status-off-track { border-top-color: var(--alert); }
.flow > li.friction { box-shadow: 0 0 0 2px var(--alert); }
.stage-head { display: flex; gap: .4rem; align-items: center; }
.num { display: inline-flex; width: 1.4rem; height: 1.4rem; border-radius: 50%; background: var(--primary);
  color: var(--on-primary); align-items: center; justify-content: center; font-size: .75rem; flex: none; }
.stage-head h3 { font-size: .95rem; }
.stage-score { margin: .3rem 0; }
.friction-mark { color: var(--alert); font-weight: bold; margin: .3rem 0; }
.flow h4 { font-size: .7rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin-top: .4rem; }
.pains li { color: #7a2e24; }
.icon { display: inline-block; min-width: 1.2em; text-align: center; font-weight: bold; border-radius: 3px; }
.status-on-track .icon { background: var(--good); color: var(--text); }
.status-at-risk .icon { background: var(--warn); color: var(--text); }
.status-off-track .icon { background: var(--bad); color: var(--text); }
.status-none .icon { background: #eee; color: var(--muted); }
table.funnel { width: 100%; border-collapse: collapse; font-size: .85rem; margin-top: .5rem; }
table.funnel th, table.funnel td { padding: .25rem .4rem; border-bottom: 1px solid var(--line); text-align: right; }
table.funnel th[scope=row], table.funnel thead th:first-child { text-align: left; font-weight: normal; }
table.funnel tr.largest th, table.funnel tr.largest td { font-weight: bold; color: var(--alert); }
.tag { font-size: .7rem; border: 1px solid var(--alert); border-radius: 3px; padding: 0 .25rem; }
.drop { margin-top: .5rem; font-size: .9rem; }
.friction-points ol { padding-left: 1.3rem; display: grid; gap: .35rem; }
.where { color: var(--muted); font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; }
.where::after { content: ":"; }
.status { font-weight: bold; font-size: .85rem; }
.stage-detail + .stage-detail { margin-top: 1rem; border-top: 1px solid var(--line); padding-top: .8rem; }
.stage-detail h3 { font-size: 1rem; margin-bottom: .5rem; display: flex; justify-content: space-between; gap: .5rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: .6rem; }
.card { border: 1px solid var(--line); border-left: 5px solid var(--muted); border-radius: 6px; padding: .5rem .6rem; }
.card.status-on-track { border-left-color: #2e8b57; } .card.status-at-risk { border-left-color: #d4a017; }
.card.status-off-track { border-left-color: var(--alert); }
.card .kpi { font-size: .85rem; color: var(--muted); min-height: 2.4em; }
.card .value { font-size: 1.45rem; font-weight: bold; color: var(--primary); }
.card dl { display: grid; grid-template-columns: auto 1fr; gap: 0 .5rem; font-size: .78rem; margin: .3rem 0; }
.card dt { color: var(--muted); } .card dd { margin: 0; text-align: right; }
.spark svg { width: 100%; height: 32px; display: block; }
.stage-body { display: grid; grid-template-columns: minmax(0, 3fr) minmax(260px, 2fr); gap: 1rem; align-items: start; }
.trend { max-width: 520px; }
footer { color: var(--muted); font-size: .8rem; padding: 0 1.5rem 1.5rem; text-align: center; }
@media screen and (max-width: 760px) {
  body { font-size: 14px; }
  .banner { padding: .8rem 1rem; }
  .period { text-align: left; }
  main { padding: .6rem; gap: .6rem; }
  .headline { grid-template-columns: 1fr; }
  .chart.wide { display: none; } .chart.narrow { display: block; }
  .flow { grid-auto-flow: row; grid-auto-columns: auto; gap: 1rem; }
  .flow > li + li::before { content: "\25BC"; left: 50%; top: -1rem; }
  .pair { grid-template-columns: 1fr; }
  .stage-body { grid-template-columns: 1fr; }
  .cards { grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); }
}
@page { size: landscape; margin: 7mm; }
@media print {
  html { font-size: 6.6pt; }
  body { background: #fff; font-size: 1rem; line-height: 1.22; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .banner { padding: 1.5mm 4mm; } .banner h1 { font-size: 12pt; } .period strong { font-size: 10pt; }
  .note.partial { padding: 1mm 4mm; }
  main { padding: 1.5mm 0 0; gap: 1.5mm; max-width: none;
    grid-template-columns: 1fr 1fr 1fr; grid-template-areas: "head head head" "map map map" "pair pair fric" "kpis kpis kpis"; }
  section, .panel { padding: 1.2mm 2mm; border-radius: 1.5mm; }
  h2 { font-size: 8pt; margin-bottom: .8mm; }
  .headline { grid-area: head; grid-template-columns: 1fr 5fr; gap: 2mm; }
  .headline .chart svg { height: 13mm; width: auto; }
  .score { flex-direction: row; align-items: baseline; gap: 2mm; flex-wrap: wrap; } .score .big { font-size: 15pt; }
  .map { grid-area: map; } .flow { gap: 4mm; } .flow > li { padding: .8mm 1.5mm; font-size: 5.9pt; line-height: 1.18; border-top-width: 1.2mm; }
  .flow > li + li::before { left: -3.4mm; top: 2.5mm; }
  .flow h4 { margin-top: .6mm; }
  .flow ul { padding: 0; } .flow ul li { display: inline; }
  .flow ul li + li::before { content: " \00B7  "; color: var(--muted); }
  .pair { grid-area: pair; grid-template-columns: 1fr 1fr; gap: 1.5mm; }
  .pair .chart svg { height: 27mm; width: auto; margin: 0 auto; }
  table.funnel { display: none; }
  .friction-points { grid-area: fric; } .friction-points ol { gap: .4mm; font-size: 6.2pt; }
  .friction-points li:nth-child(n+7) { display: none; }
  .print-only { display: block; } .more { color: var(--muted); margin-top: .5mm; }
  .kpis { grid-area: kpis; column-count: 2; column-gap: 4mm; }
  .kpis h2 { column-span: all; margin: 0 0 .5mm; }
  .kpis .trend, .spark { display: none; }
  .stage-body { display: block; }
  .stage-detail { display: block; break-inside: avoid; margin-bottom: 1mm; }
  .stage-detail + .stage-detail { margin-top: 0; border-top: 0; padding-top: 0; }
  .stage-detail h3 { font-size: 7pt; margin: 0 0 .5mm; }
  .cards { grid-template-columns: repeat(5, 1fr); gap: .8mm; }
  .card { padding: .4mm 1mm; border-left-width: 2px; break-inside: avoid; }
  .card .kpi { min-height: 0; font-size: 5.8pt; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .card .value { font-size: 8pt; }
  .card dl { font-size: 5.4pt; margin: 0; } .card .status { font-size: 5.6pt; }
  footer { padding: .5mm 0 0; font-size: 5.6pt; }
}
