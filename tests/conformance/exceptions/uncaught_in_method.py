class Parser:
    def __init__(self, text):
        self.text = text
    def number(self):
        return int(self.text)
p = Parser("12")
print(p.number())
Parser("twelve").number()
