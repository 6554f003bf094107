import torch

# Q28. Why is the float32 sum not exactly 1.0? What about float64?
x32 = torch.full((10,), 0.1)
x64 = torch.full((10,), 0.1, dtype=torch.float64)
print(x32.sum().item() == 1.0, x32.sum())
print(x64.sum().item(), x64.sum().item() == 1.0)
print(torch.tensor(0.1).item())
print(torch.tensor(16777217.0).item())
print(torch.finfo(torch.float32).eps, torch.finfo(torch.float16).max)
