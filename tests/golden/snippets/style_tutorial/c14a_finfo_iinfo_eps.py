# Floating-point facts tutorials print: finfo/iinfo, machine epsilon, 0.1 + 0.2 in float32 and float64.
import torch

print(torch.finfo(torch.float32))
print(torch.finfo(torch.float64).eps, torch.finfo(torch.float16).max, torch.finfo().tiny)
print(torch.iinfo(torch.int32), torch.iinfo(torch.uint8).max)
a = torch.tensor(0.1) + torch.tensor(0.2)
b = torch.tensor(0.1, dtype=torch.float64) + 0.2
print(a, a.item(), b.item(), a == 0.3, torch.isclose(a, torch.tensor(0.3)))
print(torch.tensor(1.0) + torch.finfo(torch.float32).eps / 2 == 1.0)
print(torch.tensor([1e38]) * 10, torch.tensor([1e-45]), torch.tensor([1e-46]))
print(torch.tensor(16777217.0).item(), torch.tensor(16777217, dtype=torch.int32).float().item())
