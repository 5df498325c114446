<#list 1..100000 as i><#list 1..100000 as j>xxxxxxxxxx</#list></#list>
