<#include "../../etc/passwd">
