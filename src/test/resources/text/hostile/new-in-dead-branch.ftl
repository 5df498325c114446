<#if false>${"freemarker.template.utility.JythonRuntime"?new()}</#if>ok
