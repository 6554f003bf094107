# Issue: "torch.where with a Python scalar changes the dtype?" — scalar promotion rules.
import torch

x = torch.tensor([1, -2, 3])
print(torch.where(x > 0, x, 0).dtype, torch.where(x > 0, x, 0.5).dtype)
f = torch.tensor([1.0, -2.0], dtype=torch.float16)
print(torch.where(f > 0, f, 0.0).dtype, torch.where(f > 0, f, torch.tensor(0.0)).dtype)
print(torch.where(x > 0, 1.0, 0.0), torch.where(x > 0))
