${client.class.forName("java.lang.Runtime")}
