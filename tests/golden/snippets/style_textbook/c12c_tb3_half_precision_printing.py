# Numerics chapter: how low-precision tensors print.
import torch

x = torch.tensor([1 / 3, 2 / 3, 1e-3, 12345.678])
print(x.half())
print(x.bfloat16())
print(x.half().float())
print(torch.tensor([1e-5, 1.0], dtype=torch.float16))
print(torch.tensor([60000.0, 1.5], dtype=torch.float16) * 2)
print(torch.finfo(torch.bfloat16))
print(torch.arange(5, dtype=torch.bfloat16) / 7)
print(torch.tensor([0.1], dtype=torch.float16).item(), torch.tensor([0.1], dtype=torch.bfloat16).item())
