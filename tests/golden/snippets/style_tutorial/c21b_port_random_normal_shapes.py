# np.random.normal(loc, scale, size) vs torch.normal and randn; seeds differ between libraries
import torch

torch.manual_seed(0)
a = torch.normal(mean=2.0, std=0.5, size=(2, 3))
print(a)
torch.manual_seed(0)
b = 2.0 + 0.5 * torch.randn(2, 3)
print(torch.allclose(a, b))
print(torch.normal(torch.zeros(3), torch.tensor([1.0, 0.1, 0.01])))
print(torch.empty(2, 2).uniform_(-1, 1))
print(torch.rand(3) * 4 - 2)
