<#list 1..1000000000 as i></#list>
