<#assign q = "?"><#assign expr = "client" + q + "api">${expr?eval}
