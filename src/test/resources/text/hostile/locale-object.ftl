${.locale_object.getClass()}
