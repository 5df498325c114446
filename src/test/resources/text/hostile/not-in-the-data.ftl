${clent}
