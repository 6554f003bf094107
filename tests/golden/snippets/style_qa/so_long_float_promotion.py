# Q: mixing int64 and float tensors: type promotion rules, in-place results that cannot be cast, division.
import torch

a = torch.tensor([1, 2, 3])
b = torch.tensor([0.5, 0.5, 0.5])
print((a + b).dtype, (a * 2.5).dtype, (a / 2).dtype, (a // 2).dtype)
print(torch.result_type(a, b), torch.promote_types(torch.int32, torch.float16))
try:
    a += b
except RuntimeError as e:
    print(e)
a = a.float()
a += b
print(a)
print(torch.tensor([1, 2], dtype=torch.uint8) - 3)
print(torch.tensor(3.0) ** -1)
try:
    torch.tensor(3) ** -1
except RuntimeError as e:
    print(e)
print(torch.tensor([True, False]) + 1, torch.tensor([True]) * 2.5)
