<#assign n = 10><#list 1..40 as i><#assign n = n * n></#list>${n}
