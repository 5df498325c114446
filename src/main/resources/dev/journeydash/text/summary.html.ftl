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
    <span class="caption">${labels["report.period"]}</span>
    <strong>${period.label}</strong>
    <span class="range">${labels["report.range"]?replace("{0}", period.range)}</span>
  </div>
</header>
<#if period.partial>
<p class="note partial" role="note"><span aria-hidden="true">&#9888;</span> ${labels["report.partialWarning"]?replace("{0}", period.partialNote)}</p>
</#if>
<#if period.newerPartial??>
<p class="note newer" role="note"><span aria-hidden="true">&#9432;</span> ${labels["report.newerWarning"]?replace("{0}", period.newerPartial)?replace("{1}", period.label)}</p>
</#if>
<main>
<section class="headline" aria-label="${labels["report.journeyScore"]}">
  <div class="score" id="journey-score"<#if score.value??> data-score="${score.value?c}"</#if>>
    <span class="caption">${labels["report.journeyScore"]}</span>
    <strong class="big">${score.text}</strong>
    <span class="change trend-${score.trend}"><#if score.trend == "up">&#9650;<#elseif score.trend == "down">&#9660;<#else>&#9644;</#if> ${score.changeText}<#if period.previous??> ${labels["report.against"]?replace("{0}", period.previous)?replace("{1}", score.previousText)}<#else> ${labels["report.noPrevious"]}</#if></span>
  </div>
  <div class="chart wide">${charts.journey_score}</div>
  <div class="chart narrow">${charts.journey_score_narrow}</div>
</section>

<section class="map" aria-labelledby="map-title">
  <h2 id="map-title">${labels["report.map"]}</h2>
  <ol class="flow">
  <#list stages as s>
    <li class="stage status-${s.statusKey}<#if s.friction> friction</#if>">
      <div class="stage-head">
        <span class="num" aria-hidden="true">${s.number}</span>
        <h3>${s.name}</h3>
      </div>
      <p class="stage-score"><span class="icon" aria-hidden="true">${s.icon}</span> <strong>${s.scoreText}</strong> <span class="status">${s.status}</span></p>
      <#if s.friction && funnel.largestDrop??>
      <p class="friction-mark"><span aria-hidden="true">&#9660;</span> ${labels["report.frictionMark"]?replace("{0}", funnel.largestDrop.dropOffText)?replace("{1}", funnel.largestDrop.from)?replace("{2}", funnel.largestDrop.to)}</p>
      </#if>
      <#if s.touchpoints?has_content>
      <h4>${labels["report.touchpoints"]}</h4>
      <ul class="touchpoints"><#list s.touchpoints as t><li>${t}</li></#list></ul>
      </#if>
      <#if s.painPoints?has_content>
      <h4>${labels["report.painPoints"]}</h4>
      <ul class="pains"><#list s.painPoints as t><li>${t}</li></#list></ul>
      </#if>
    </li>
  </#list>
  </ol>
</section>

<section class="pair">
  <div class="panel">
    <h2>${labels["report.stageScores"]}</h2>
    <div class="chart">${charts.stage_scores}</div>
  </div>
  <#if funnel.steps?has_content>
  <div class="panel">
    <h2>${labels["report.funnel"]}</h2>
    <div class="chart">${charts.funnel}</div>
    <table class="funnel">
      <thead><tr><th scope="col">${labels["report.step"]}</th><th scope="col">${labels["report.volume"]}</th><th scope="col">${labels["report.conversion"]}</th><th scope="col">${labels["report.ofFirst"]}</th></tr></thead>
      <tbody>
      <#list funnel.steps as st>
        <tr<#if st.largest> class="largest"</#if>><th scope="row">${st.label}<#if st.largest> <span class="tag">${labels["report.largestTag"]}</span></#if></th><td>${st.volumeText}</td><td>${st.conversionText}</td><td>${st.ofFirstText}</td></tr>
      </#list>
      </tbody>
    </table>
    <#if funnel.largestDrop??>
    <p class="drop">${labels["report.drop"]?replace("{0}", funnel.largestDrop.dropOffText)?replace("{1}", funnel.largestDrop.from)?replace("{2}", funnel.largestDrop.to)}<#if funnel.largestDrop.stage??> (${funnel.largestDrop.stage})</#if>.</p>
    </#if>
  </div>
  </#if>
</section>

<section class="friction-points" aria-labelledby="friction-title">
  <h2 id="friction-title">${labels["report.friction"]}</h2>
  <#if friction?has_content>
  <ol>
  <#list friction as f>
    <li class="status-${f.statusKey}"><span class="icon" aria-hidden="true">${f.icon}</span> <span class="status">${f.status}</span> <span class="where">${f.stage}</span> ${f.sentence}.</li>
  </#list>
  </ol>
  <#if (friction?size > 6)>
  <p class="print-only more">&#8230; ${labels["report.more"]?replace("{0}", (friction?size - 6)?c)}</p>
  </#if>
  <#else>
  <p class="all-good"><span aria-hidden="true">&#10004;</span> ${labels["report.allGood"]?replace("{0}", period.label)}</p>
  </#if>
</section>

<#if segments??>
<section class="segments" aria-labelledby="segments-title">
  <style>
  table.segments { border-collapse: collapse; font-size: .85rem; margin-top: .5rem; }
  table.segments th, table.segments td { padding: .25rem .5rem; border-bottom: 1px solid var(--line); text-align: right; white-space: nowrap; }
  table.segments th[scope=row], table.segments thead th:first-child { text-align: left; font-weight: normal; }
  table.segments .all { font-weight: bold; }
  .segments .scroll { overflow-x: auto; }
  @media print { .segments .scroll { display: none; } }
  </style>
  <h2 id="segments-title">${segments.title}, ${period.label}</h2>
  <div class="scroll">
  <table class="segments">
    <thead><tr><th scope="col">${labels["report.segmentKpi"]}</th><#list segments.columns as c><th scope="col"<#if c.all> class="all"</#if>>${c.name}</th></#list></tr></thead>
    <tbody>
    <#list segments.rows as row>
      <tr><th scope="row">${row.label}</th><#list row.cells as cell><td class="status-${cell.statusKey}<#if cell?is_first> all</#if>"><span class="icon" aria-hidden="true">${cell.icon}</span> ${cell.valueText}</td></#list></tr>
    </#list>
    </tbody>
  </table>
  </div>
  <#if segments.friction?has_content>
  <h3>${labels["report.segmentFriction"]}</h3>
  <ul class="segment-friction">
  <#list segments.friction as f>
    <li>${f}</li>
  </#list>
  </ul>
  </#if>
</section>

</#if>
<section class="kpis" aria-labelledby="kpis-title">
  <h2 id="kpis-title">${labels["report.kpis"]}</h2>
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
          <dt>${labels["report.target"]}</dt><dd>${k.targetText}</dd>
          <dt>${labels["report.vsTarget"]}</dt><dd>${k.varianceText}</dd>
          <dt>${labels["report.vsPrevious"]}</dt><dd>${k.changeText}</dd>
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
  <p><#if client?has_content>${client} &#183; </#if>${journey} &#183; ${labels["report.footer"]?replace("{0}", period.count?c)?replace("{1}", period.first)?replace("{2}", period.last)}</p>
</footer>
</body>
</html>
