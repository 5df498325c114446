<#list 1.. as i><p>${i}</p></#list>
