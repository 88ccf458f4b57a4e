class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, a kind of " + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (squeaky)"
for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1)]:
    print(a.speak(), "|", a.kind(), "|", type(a).__name__)
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), isinstance(Puppy("x", 1), Dog), Puppy.__bases__, [c.__name__ for c in Puppy.__mro__])
print(Puppy("y", 2).age, Dog.sound, Puppy.sound, Animal.sound)
class Base:
    def template(self):
        return self.step1() + self.step2()
    def step1(self):
        return "B1"
    def step2(self):
        return "B2"
class Derived(Base):
    def step2(self):
        return "D2"
print(Derived().template(), Base().template())
print(issubclass(bool, int), issubclass(int, object), issubclass(Dog, (int, Animal)), isinstance(3, (str, int)))
