import numpy as np
import torch

t = torch.tensor([1., 2.])
a = np.array([1., 4.])
# == reads the array as a tensor; != and the other comparisons do not
print(t == a, a == t)
print(t != a, a != t)
print(torch.tensor([0.1]) == np.array([0.1]), torch.tensor([0.1]) == np.array([0.1], dtype=np.float32))
print(torch.tensor([0.1]) == np.array(0.1))
print(t == np.array([[1.], [2.]]))
print(torch.tensor([1, 2]) == np.array([1., 2.5]), torch.tensor([True, False]) == np.array([True, True]))
print(t == np.array(["a", "b"]))
x = torch.tensor([1., 2.], requires_grad=True)
print(x == a)
try:
    t == np.array([1., 2., 3.])
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t == a[::-1]
except ValueError as e:
    print("ValueError:", e)
ro = np.array([1., 2.])
ro.setflags(write=False)
print(t == ro)
# in place with an array: Python falls back to t = t + a, a new float64 tensor
u = torch.tensor([1., 2.])
before = u
u += a
print(u, u is before, before)
n = torch.tensor([1, 2])
n *= np.array([2, 3])
print(n)
for op in ("b += t", "b -= t"):
    b = np.array([1., 1.])
    try:
        exec(op)
    except TypeError as e:
        print("TypeError:", e)
try:
    x -= a
except RuntimeError as e:
    print("RuntimeError:", e)
for other in ([1, 2], "a", None):
    v = torch.tensor([1, 2])
    try:
        v += other
    except TypeError as e:
        print("TypeError:", e)
    try:
        v &= other
    except TypeError as e:
        print("TypeError:", e)
