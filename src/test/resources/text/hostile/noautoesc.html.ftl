<#noautoesc><p>${client}</p></#noautoesc>
