<#-- The Dashboard banner's title. Data: client (empty when the template and brand name none), journey. -->
<#if client?has_content>${client} – </#if>${journey}<#t>
