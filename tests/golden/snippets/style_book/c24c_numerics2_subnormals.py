# Section 5.15: subnormal numbers
import torch

tiny = torch.finfo(torch.float32).tiny
x = torch.tensor([tiny, tiny / 2, tiny / 2 ** 23, tiny / 2 ** 24])
print(x)
print(x > 0)
h = torch.tensor([6.1e-5, 3e-5, 6e-8, 2e-8], dtype=torch.float16)
print(h, torch.finfo(torch.float16).smallest_normal)
