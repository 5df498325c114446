${statics["java.lang.System"].exit(1)}
