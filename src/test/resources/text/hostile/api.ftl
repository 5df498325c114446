${client?api.getClass().getProtectionDomain()}
