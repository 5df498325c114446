${.data_model.getClass()}
