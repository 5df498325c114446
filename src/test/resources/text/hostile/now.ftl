Generated on ${.now}
