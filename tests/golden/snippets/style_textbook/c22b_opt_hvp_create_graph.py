import torch

x = torch.tensor([1.0, 2.0, -1.0], requires_grad=True)


def f(x):
    return (x ** 3).sum() + x[0] * x[1] * x[2]


y = f(x)
(g,) = torch.autograd.grad(y, x, create_graph=True)
print("grad", g)
print(g.grad_fn is not None, type(g.grad_fn).__name__)
v = torch.tensor([1.0, 0.0, 0.0])
(hv,) = torch.autograd.grad(g, x, grad_outputs=v)
print("Hv", hv)
H = torch.autograd.functional.hessian(f, x.detach())
print(H)
print(torch.allclose(H @ v, hv))
