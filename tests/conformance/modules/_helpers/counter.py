"""Module state shared between importers."""
count = 0

def bump():
    global count
    count += 1
    return count
