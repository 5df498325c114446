<#macro again><@again/></#macro><@again/>
