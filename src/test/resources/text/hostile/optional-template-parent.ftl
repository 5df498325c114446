${.get_optional_template("../../../../pom.xml").exists?c}
