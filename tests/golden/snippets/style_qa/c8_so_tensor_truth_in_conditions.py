# Q: "Boolean value of Tensor with more than one value is ambiguous" from `if`, `in` and `and`.
import torch

a = torch.tensor([1, 2, 3])
b = torch.tensor([1, 5, 3])
try:
    if a == b:
        print("equal")
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.equal(a, b), (a == b).all().item(), (a == b).any())
print(2 in a, 7 in a)
try:
    print(a > 0 and b > 0)
except RuntimeError as e:
    print("RuntimeError:", e)
print((a > 0) & (b > 2), (a > 2) | (b > 4), ~(a > 1))
x = torch.tensor([0.5])
if x > 0.3:
    print("single element works:", bool(x > 0.3))
print(bool(torch.tensor(0.0)), bool(torch.tensor([2])))
try:
    bool(torch.tensor([]))
except RuntimeError as e:
    print("RuntimeError:", e)
print(max(torch.tensor(3.0), torch.tensor(2.0)), sorted([torch.tensor(2), torch.tensor(1)]))
