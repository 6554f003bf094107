# Calculus chapter: special functions and their derivatives at awkward points.
import torch

x = torch.tensor([0.0, 1e-8, 0.5, 2.0], dtype=torch.float64, requires_grad=True)
f = torch.special.xlogy(x, x).sum() + torch.special.entr(x).sum()
f.backward()
print(f.item(), x.grad)
p = torch.tensor([0.0, 0.25, 0.5, 1.0])
print(torch.special.logit(p), torch.special.logit(p, eps=1e-6))
y = torch.tensor([0.0, 1.0, -1.0], requires_grad=True)
(torch.expm1(y).sum() + torch.log1p(y[:2]).sum()).backward()
print(y.grad)
z = torch.tensor([1e-4, 1.0, 10.0], requires_grad=True)
torch.special.erf(z).sum().backward()
print(z.grad)
print(torch.special.erfinv(torch.tensor([0.0, 0.5, -0.9])))
print(torch.special.sinc(torch.tensor([0.0, 0.5, 1.0])))
print(torch.special.log_ndtr(torch.tensor([-10.0, 0.0, 3.0])))
