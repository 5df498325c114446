<#--
  One friction point's insight sentence, e.g. "Conversion rate 1.65 % is 34 % below its 2.50 % target
  and fell three periods in a row". Data: kpi.label, kpi.valueText, kpi.targetText, kpi.gapText (texts as
  the report shows them), kpi.gap (number: (value - target) / target, negative below the target),
  kpi.better ("higher" or "lower"), kpi.wrongWay (periods in a row the value moved the wrong way; 0 when
  it did not). Override it with an insight.ftl in the brand folder.
-->
<#assign words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]>
<#assign run = kpi.wrongWay>
<#assign moved><#if kpi.better == "higher">fell<#else>rose</#if></#assign>
${kpi.label} ${kpi.valueText} is <#if kpi.gap??>${kpi.gapText} <#if (kpi.gap < 0)>below<#else>above</#if> its ${kpi.targetText} target<#else>blank against its ${kpi.targetText} target</#if><#if (run == 1)> and ${moved} this period<#elseif (run > 1)> and ${moved} <#if (run <= 10)>${words[run]}<#else>${run}</#if> periods in a row</#if><#t>
