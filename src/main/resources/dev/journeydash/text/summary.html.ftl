<#-- The HTML summary's placeholder: a heading and one row per KPI, from kpi-row.html.ftl. -->
<h1>${client}</h1>
<p>${journey} - data through ${period}</p>
<table>
<#list kpis as kpi>
<#include "kpi-row.html.ftl">
</#list>
</table>
