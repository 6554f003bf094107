# machine epsilon and tolerance checks in float32 vs float64
import torch

print(torch.finfo(torch.float64).eps, torch.finfo(torch.float32).eps)
print(torch.finfo(torch.float64).tiny, torch.finfo(torch.float32).max)
a = torch.tensor([1.0, 1.0 + 1e-9], dtype=torch.float64)
print(torch.isclose(a[0], a[1]), torch.isclose(a[0], a[1], rtol=0, atol=1e-12))
print(torch.tensor(1.0 + 1e-9, dtype=torch.float32) == 1.0)
