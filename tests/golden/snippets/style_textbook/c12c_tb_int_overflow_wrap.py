# Numerics chapter: integers wrap around silently.
import torch

a = torch.tensor([127], dtype=torch.int8)
print(a + 1)
b = torch.tensor([250], dtype=torch.uint8)
print(b + 10, (b + 10).dtype)
c = torch.tensor([2 ** 31 - 1], dtype=torch.int32)
print(c + 1)
print(torch.tensor([200], dtype=torch.uint8) * 2)
print(torch.tensor([3], dtype=torch.int64) // 2, torch.tensor([-3]) // 2)
print(torch.tensor([-7]) % 3, torch.fmod(torch.tensor([-7]), 3))
print(torch.tensor([1, 2, 3], dtype=torch.int16).sum().dtype)
print(torch.tensor([100, 100], dtype=torch.int8).sum())
print(torch.tensor([5]) / 2)
