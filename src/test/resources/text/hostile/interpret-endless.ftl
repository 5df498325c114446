<@"<#list 1.. as i></#list>"?interpret/>
