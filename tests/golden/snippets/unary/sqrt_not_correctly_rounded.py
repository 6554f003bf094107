# torch.sqrt of float32 is MKL's, which is not always the correctly rounded root: these inputs
# are ones where it rounds the other way (and x ** 0.5 takes the same kernel).
import torch

x = torch.tensor([0.05, 0.2, 0.23, 0.45, 0.63, 2.0, 1.5e-6, 123.456, 7.0e9])
print(torch.sqrt(x).tolist())
print((x ** 0.5).tolist())
print(x.sqrt().sum().item(), torch.sqrt(x[3]).item())
torch.manual_seed(0)
y = torch.rand(1000) * 10
print(torch.sqrt(y).sum().item(), y.pow(0.5).mean().item())
print(torch.sqrt(torch.tensor([0.0, -0.0, float("inf"), 1e-45, 3.4e38])).tolist())
