# Q: integer tensors silently wrap around: int8/uint8/int32 overflow, large python ints, and sum dtypes.
import torch

a = torch.tensor([100, 120], dtype=torch.int8)
print(a + a, (a * 2).dtype)
u = torch.tensor([250, 5], dtype=torch.uint8)
print(u + 10, u - 10, u * 2)
i32 = torch.tensor([2**31 - 1], dtype=torch.int32)
print(i32 + 1, i32 * 2, (i32 + 1).dtype)
print(torch.tensor([2**31 - 1]) + 1)
try:
    torch.tensor([2**63])
except (RuntimeError, OverflowError, ValueError) as e:
    print(type(e).__name__, e)
try:
    torch.tensor([300], dtype=torch.uint8)
except (RuntimeError, OverflowError, ValueError) as e:
    print(type(e).__name__, e)
print(torch.tensor([1, 2], dtype=torch.int8).sum().dtype, torch.tensor([100, 100], dtype=torch.int8).sum())
print(torch.tensor([200, 200], dtype=torch.uint8).sum(), torch.tensor([200, 200], dtype=torch.uint8).sum(dtype=torch.uint8))
print(torch.iinfo(torch.int8), torch.iinfo(torch.uint8).max, torch.iinfo(torch.int64).min)
print(torch.tensor([3], dtype=torch.int16) ** 15, torch.tensor(2) ** 62, torch.tensor(2) ** 63)
print(torch.tensor([127], dtype=torch.int8).float() + 1, torch.tensor([1.0e10]).int() if False else torch.tensor([3.9e9]).long())
