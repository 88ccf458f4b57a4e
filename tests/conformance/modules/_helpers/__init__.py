"""The _helpers package: modules imported by tests in modules/."""
PACKAGE_NAME = "helpers"
