<#ftl output_format="plainText"><p>${client}</p>
