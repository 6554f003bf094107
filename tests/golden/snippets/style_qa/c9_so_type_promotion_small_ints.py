# Q: uint8 wrap-around, int8 sums going to int64, bool arithmetic, and int + float scalar promotion.
import torch

u = torch.tensor([250, 10], dtype=torch.uint8)
print(u + 10, (u + 10).dtype)
print(u - 20)
print(u.sum(), u.sum().dtype, u.float().mean())
i8 = torch.tensor([100, 100], dtype=torch.int8)
print(i8 + i8, i8.sum(), i8 * 2)
print(i8.sum(dtype=torch.int8))
b = torch.tensor([True, False, True])
print(b.sum(), b + b, b * 3, (b * 1.5).dtype)
try:
    print(-b)
except RuntimeError as e:
    print(e)
print(~b, b.int().cumsum(0))
print((torch.tensor([1, 2]) + 0.5).dtype, (torch.tensor([1, 2], dtype=torch.int16) * 2).dtype)
print((torch.tensor([1, 2], dtype=torch.float16) + torch.tensor(1.0)).dtype)
print(torch.tensor([200], dtype=torch.uint8).to(torch.int8), torch.tensor([3.9, -3.9]).to(torch.uint8))
print(torch.tensor([1, 2]).mean(dtype=torch.float32), torch.tensor([2, 4]).float().var())
