<#function again n><#return again(n + 1)></#function>${again(1)}
