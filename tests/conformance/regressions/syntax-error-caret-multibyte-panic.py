pri for c in "aé東🚀"], "".join(chr(c) for c in [72, 233, 26481, 128640]))
