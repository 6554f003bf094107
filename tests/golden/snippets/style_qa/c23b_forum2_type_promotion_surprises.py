import torch

i = torch.tensor([1, 2, 3])
f16 = torch.tensor([1.0], dtype=torch.float16)
print((i + 0.5).dtype, (i * 2).dtype, (i / 1).dtype)
print((i + f16).dtype, (f16 + torch.tensor(1.0)).dtype, (f16 + torch.tensor([1.0])).dtype)
print((torch.tensor([True]) + torch.tensor([True])).dtype)
u = torch.tensor([250], dtype=torch.uint8)
print(u + 10, (u + 10).dtype)
try:
    i += 0.5
except Exception as e:
    print(type(e).__name__, e)
