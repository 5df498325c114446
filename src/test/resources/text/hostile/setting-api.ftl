<#setting api_builtin_enabled=true>${client?api}
