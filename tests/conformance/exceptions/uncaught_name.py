print("about to fail")
print(not_defined_anywhere)
