# Operator methods called directly, as some tutorials do: one operand is the operator; anything
# else is NotImplemented, except add's and sub's alpha (by keyword, or first in the old order).
import torch

a = torch.tensor([1.0, -2.0, 3.0])
b = torch.tensor([0.5, 4.0, -1.0])
print(a.__add__(b), a.__add__(b, alpha=2), a.__sub__(2.0, b))
print(a.__add__(), a.__mul__(b, alpha=2), a.__pow__(2, 3), a.__matmul__(b, 1))
print(a.__eq__(), a.__ne__(b, 2), a.__and__(bogus=1), a.__rtruediv__(1, b))
c = a.clone()
print(c.__iadd__(1, b), c, c.__imul__())
try:
    a.mul(b, alpha=2)
except TypeError as e:
    print(e)
print(a == "a", a != None, a == [1.0, -2.0, 3.0])
