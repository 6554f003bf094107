# torch.special in float64: erf, erfc, expit, gammaln, values rounded.
import torch

x = torch.tensor([0.0, 0.5, 1.0, 2.0], dtype=torch.float64)
print(torch.special.erf(x))
print(torch.special.erfc(x))
print(torch.special.expit(x))
print(torch.special.gammaln(torch.tensor([1.0, 2.0, 5.0], dtype=torch.float64)))
print(torch.special.xlogy(torch.tensor([0.0, 2.0]), torch.tensor([0.0, 3.0])))
x.requires_grad_()
torch.special.erf(x).sum().backward()
print(x.grad)
