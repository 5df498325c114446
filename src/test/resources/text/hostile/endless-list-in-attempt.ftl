<#list 1..1000000000 as i><#attempt><#list 1..2 as j></#list><#recover>recovered</#attempt></#list>
