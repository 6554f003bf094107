# Quiz: mixing uint8, int8 and bool.
import torch

u = torch.tensor([200], dtype=torch.uint8)
s = torch.tensor([-1], dtype=torch.int8)
b = torch.tensor([True])
print((u + s).dtype, u + s)
print((b + b).dtype, b + b)
print((b * 1.5).dtype)
print(u + 100)
print((u.half() + torch.ones(1, dtype=torch.bfloat16)).dtype)
