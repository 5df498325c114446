<#if client?has_api>reachable</#if>
