# lgamma, digamma, polygamma and mvlgamma: values, grad_fn names, gradients and errors.
import torch

x = torch.tensor([0.5, 1.5, -2.5, 3.0, 7.25], requires_grad=True)
print(torch.lgamma(x))
print(x.digamma())
print(torch.polygamma(1, x))
print(x.polygamma(3))
print(torch.mvlgamma(x.abs() + 2, p=3))
g, = torch.autograd.grad(torch.lgamma(x).sum(), x, create_graph=True)
print(g)
g2, = torch.autograd.grad(g.sum(), x)
print(g2)
y = torch.tensor([1.0, 2.0, 10.0, 0.0, -0.0, -1.0, 1e-3, 40.0], dtype=torch.float64)
print(torch.lgamma(y))
print(torch.digamma(y))
print(torch.lgamma(torch.tensor([1, 2, 3])))
print(torch.polygamma(2, y).tolist())
z = x.detach().clone()
z.lgamma_()
print(z)
for call in (lambda: torch.polygamma(-1, x), lambda: torch.polygamma(1.0, x),
             lambda: torch.mvlgamma(x, 0)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
