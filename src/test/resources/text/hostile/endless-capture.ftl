<#assign all><#list 1.. as i>x</#list></#assign>${all?length}
