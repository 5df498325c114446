<#outputformat "plainText"><p>${client}</p></#outputformat>
