<#ftl auto_esc=false><p>${client}</p>
