<#include "recursive-include.ftl">
