# Q: argument errors learners hit: linspace without steps, randint(high) exclusive, randn with a float size.
import torch

try:
    torch.linspace(0, 1)
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])
print(torch.linspace(0, 1, steps=5), torch.linspace(0, 1, 1))
torch.manual_seed(0)
r = torch.randint(0, 2, (10,))
print(r, r.max().item(), r.dtype)
print(torch.randint(5, (3,)), torch.randint(3, 6, (2, 2)))
try:
    torch.randint(0, 5)
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])
try:
    torch.randn(2.0, 3)
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])
try:
    torch.arange(0, 10, 0)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.randint(5, 2, (3,))
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.rand(2, 2).dtype, torch.randint(0, 10, (2,), dtype=torch.float32))
print(torch.randn((2, 3)).shape, torch.zeros([2]).shape, torch.ones(size=(1, 2)).shape)
