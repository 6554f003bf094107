# Puzzle: xor, and, or of masks as integer arithmetic
import torch

a = torch.tensor([True, True, False, False])
b = torch.tensor([True, False, True, False])
print(a ^ b, (a.long() + b.long()) % 2 == 1)
print(a | b, (a.long() + b.long()) > 0)
print(a & b, a * b)
print(torch.logical_xor(a, b), torch.logical_not(a))
print(a.int() - b.int())
print(a + b, (a + b).dtype)
print(torch.bitwise_xor(torch.tensor([5, 3]), torch.tensor([1, 1])))
