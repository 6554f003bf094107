# Section 5.8: never compare floats with ==
import torch

a = torch.tensor(0.1) + torch.tensor(0.2)
print(a == 0.3, a.item(), torch.isclose(a, torch.tensor(0.3)))
x = torch.tensor([1.0, 1.0 + 1e-6, 1.1])
print(torch.isclose(x, torch.ones(3)), torch.isclose(x, torch.ones(3), rtol=0, atol=1e-7))
print(torch.allclose(x[:2], torch.ones(2)))
print(torch.tensor(0.1, dtype=torch.float64) + 0.2 == 0.3)
