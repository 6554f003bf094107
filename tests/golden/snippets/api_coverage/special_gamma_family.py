import torch

x = torch.tensor([0.5, 1.5, 2.5, 7.0], requires_grad=True)
for name in ("digamma", "psi", "gammaln"):
    y = getattr(torch.special, name)(x)
    print(name, y, y.grad_fn.name())
p = torch.special.polygamma(1, x)
m = torch.special.multigammaln(x + 2, 2)
print(p, m)
(p.sum() + m.sum() + torch.special.gammaln(x).sum()).backward()
print(x.grad)
print(torch.special.gammaln(torch.tensor([0.0, -1.0, 1e-3])), torch.special.psi(torch.tensor([0.0, -2.0])))
