# Quiz: bitwise versus logical operators on ints and bools.
import torch

a = torch.tensor([6, 3])
b = torch.tensor([3, 5])
print(a & b, a | b, a ^ b, ~a)
print(a << 1, a >> 1)
m = torch.tensor([True, False])
print(~m, m & True, torch.logical_xor(m, torch.tensor([True, True])))
try:
    print(~torch.tensor([1.5]))
except TypeError as e:
    print(type(e).__name__, e)
