<#--
  One friction point's insight sentence, e.g. "Conversion rate 1.65 % is 34 % below its 2.50 % target
  and fell three periods in a row". Data: kpi.label, kpi.valueText, kpi.targetText, kpi.gapText (texts as
  the report shows them), kpi.gap (number: (value - target) / target, negative below the target),
  kpi.better ("higher" or "lower"), kpi.wrongWay (periods in a row the value moved the wrong way; 0 when
  it did not); labels: the bundle's insight.* texts of the report's language ({0}, {1} filled here).
  Override it with an insight.ftl in the brand folder.
-->
<#assign run = kpi.wrongWay>
<#assign moved><#if kpi.better == "higher">${labels["insight.fell"]}<#else>${labels["insight.rose"]}</#if></#assign>
<#if kpi.gap??><#assign sentence = labels[(kpi.gap < 0)?then("insight.below", "insight.above")]?replace("{2}", kpi.gapText)><#else><#assign sentence = labels["insight.blank"]></#if>
<#if (run == 1)><#assign trail = " " + labels["insight.once"]?replace("{0}", moved)><#elseif (run > 1)><#assign trail = " " + labels["insight.run"]?replace("{0}", moved)?replace("{1}", (run <= 10)?then(labels["insight.numbers"]?split(",")[run], run?c))><#else><#assign trail = ""></#if>
${sentence?replace("{0}", kpi.label + " " + kpi.valueText)?replace("{1}", kpi.targetText)}${trail}<#t>