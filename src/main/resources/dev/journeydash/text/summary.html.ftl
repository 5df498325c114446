<#--
  The one-file HTML summary of a journey for one period. Its data model is documented in
  docs/report.md; charts (charts.*, stages[].trend, kpis[].spark) are inline SVG made by journeydash.
  A brand overrides it with a summary.html.ftl of its own in the brand folder, and may include
  report-style.ftl (the styles below) from there.
  Every value is HTML-escaped; the page loads nothing (see the Content-Security-Policy).
-->
<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="generator" content="journeydash">
<title><#if client?has_content>${client} &#8211; </#if>${journey}, ${period.label}</title>
<style>
<#include "report-style.ftl">
</style>
</head>
<body>
<header class="banner">
  <div class="titles">
    <#if client?has_content><p class="client">${client}</p></#if>
    <h1>${journey}</h1>
    <#if description?has_content><p class="description">${description}</p></#if>
  </div>
  <#if logo??><img class="logo" src="${logo.src}" alt="${logo.alt}" width="${logo.width?c}" height="${logo.height?c}"></#if>
  <div class="period">
    <span class="caption">Period</span>
    <strong>${period.label}</strong>
    <span class="range">Data ${period.range}</span>
  </div>
</header>
<#if period.partial>
<p class="note partial" role="note"><span aria-hidden="true">&#9888;</span> ${period.partialNote}; its values are not comparable with a whole period yet.</p>
</#if>
<#if period.newerPartial??>
<p class="note newer" role="note"><span aria-hidden="true">&#9432;</span> ${period.newerPartial}; this summary shows ${period.label}.</p>
</#if>
<main>
<section class="headline" aria-label="Journey score">
  <div class="score" id="journey-score"<#if score.value??> data-score="${score.value?c}"</#if>>
    <span class="caption">Journey score</span>
    <strong class="big">${score.text}</strong>
    <span class="change trend-${score.trend}"><#if score.trend == "up">&#9650;<#elseif score.trend == "down">&#9660;<#else>&#9644;</#if> ${score.changeText}<#if period.previous??> against ${period.previous} (${score.previousText})<#else> (no previous period)</#if></span>
  </div>
  <div class="chart wide">${charts.journey_score}</div>
  <div class="chart narrow">${charts.journey_score_narrow}</div>
</section>

<section class="map" aria-labelledby="map-title">
  <h2 id="map-title">Journey map</h2>
  <ol class="flow">
  <#list stages as s>
    <li class="stage status-${s.statusKey}<#if s.friction> friction</#if>">
      <div class="stage-head">
        <span class="num" aria-hidden="true">${s.number}</span>
        <h3>${s.name}</h3>
      </div>
      <p class="stage-score"><span class="icon" aria-hidden="true">${s.icon}</span> <strong>${s.scoreText}</strong> <span class="status">${s.status}</span></p>
      <#if s.friction && funnel.largestDrop??>
      <p class="friction-mark"><span aria-hidden="true">&#9660;</span> Friction point: ${funnel.largestDrop.dropOffText} lost from &#8220;${funnel.largestDrop.from}&#8221; to &#8220;${funnel.largestDrop.to}&#8221;</p>
      </#if>
      <#if s.touchpoints?has_content>
      <h4>Touchpoints</h4>
      <ul class="touchpoints"><#list s.touchpoints as t><li>${t}</li></#list></ul>
      </#if>
      <#if s.painPoints?has_content>
      <h4>Pain points</h4>
      <ul class="pains"><#list s.painPoints as t><li>${t}</li></#list></ul>
      </#if>
    </li>
  </#list>
  </ol>
</section>

<section class="pair">
  <div class="panel">
    <h2>Stage scores</h2>
    <div class="chart">${charts.stage_scores}</div>
  </div>
  <#if funnel.steps?has_content>
  <div class="panel">
    <h2>Funnel</h2>
    <div class="chart">${charts.funnel}</div>
    <table class="funnel">
      <thead><tr><th scope="col">Step</th><th scope="col">Volume</th><th scope="col">Conversion</th><th scope="col">Of first</th></tr></thead>
      <tbody>
      <#list funnel.steps as st>
        <tr<#if st.largest> class="largest"</#if>><th scope="row">${st.label}<#if st.largest> <span class="tag">largest drop-off</span></#if></th><td>${st.volumeText}</td><td>${st.conversionText}</td><td>${st.ofFirstText}</td></tr>
      </#list>
      </tbody>
    </table>
    <#if funnel.largestDrop??>
    <p class="drop">Largest drop-off: <strong>${funnel.largestDrop.dropOffText}</strong> from &#8220;${funnel.largestDrop.from}&#8221; to &#8220;${funnel.largestDrop.to}&#8221;<#if funnel.largestDrop.stage??> (${funnel.largestDrop.stage})</#if>.</p>
    </#if>
  </div>
  </#if>
</section>

<section class="friction-points" aria-labelledby="friction-title">
  <h2 id="friction-title">Friction points</h2>
  <#if friction?has_content>
  <ol>
  <#list friction as f>
    <li class="status-${f.statusKey}"><span class="icon" aria-hidden="true">${f.icon}</span> <span class="status">${f.status}</span> <span class="where">${f.stage}</span> ${f.sentence}.</li>
  </#list>
  </ol>
  <#if (friction?size > 6)>
  <p class="print-only more">&#8230; and ${friction?size - 6} more, listed on screen and in the workbook.</p>
  </#if>
  <#else>
  <p class="all-good"><span aria-hidden="true">&#10004;</span> Every KPI is on target in ${period.label}.</p>
  </#if>
</section>

<section class="kpis" aria-labelledby="kpis-title">
  <h2 id="kpis-title">KPIs by stage</h2>
  <#list stages as s>
  <article class="stage-detail" id="stage-${s.id}">
    <h3>${s.name} <span class="stage-score status-${s.statusKey}"><span class="icon" aria-hidden="true">${s.icon}</span> ${s.scoreText}</span></h3>
    <div class="stage-body">
    <div class="cards">
    <#list s.kpis as k>
      <div class="card status-${k.statusKey}">
        <p class="kpi">${k.label}</p>
        <p class="value">${k.valueText}</p>
        <p class="status"><span class="icon" aria-hidden="true">${k.icon}</span> ${k.status}</p>
        <dl>
          <dt>Target</dt><dd>${k.targetText}</dd>
          <dt>vs target</dt><dd>${k.varianceText}</dd>
          <dt>vs previous</dt><dd>${k.changeText}</dd>
        </dl>
        <div class="spark">${k.spark}</div>
      </div>
    </#list>
    </div>
    <div class="chart trend">${s.trend}</div>
    </div>
  </article>
  </#list>
</section>
</main>
<footer>
  <p><#if client?has_content>${client} &#183; </#if>${journey} &#183; ${period.count} periods, ${period.first} to ${period.last} &#183; made by journeydash from the same numbers as the workbook</p>
</footer>
</body>
</html>
