<#--
  One KPI's insight sentence, e.g. "Conversion rate 1.65 % is 34 % below its 2.5 % target and fell 3
  periods in a row". Data: kpi.label (text), kpi.value and kpi.target (numbers, fractions for a percent),
  kpi.format ("percent" or "number"), kpi.better ("higher" or "lower"), kpi.trend (periods in a row the
  value moved the wrong way; 0 when it did not). Numbers follow the locale: 1,65 % in Indonesian.
-->
<#function show x><#if kpi.format == "percent"><#return (x * 100)?string("0.##") + " %"><#else><#return x?string></#if></#function>
<#assign gap = (kpi.value - kpi.target) / kpi.target>
${kpi.label} ${show(kpi.value)} is ${(gap?abs * 100)?string("0")} % <#if (gap < 0)>below<#else>above</#if> its ${show(kpi.target)} target<#if (kpi.trend > 0)> and <#if kpi.better == "higher">fell<#else>rose</#if> ${kpi.trend} periods in a row</#if><#t>
