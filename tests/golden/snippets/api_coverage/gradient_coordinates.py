# torch.gradient at unevenly spaced coordinates: edge orders, several dims, autograd, errors
import torch
torch.manual_seed(0)
xs = torch.cumsum(torch.rand(7), 0)
ys = torch.sin(xs)
print(torch.gradient(ys, spacing=(xs,)))
print(torch.gradient(ys, spacing=[xs], edge_order=2))
print(torch.gradient(ys.double(), spacing=(xs.double(),), edge_order=2)[0].tolist())
m = torch.randn(4, 5)
cx, cy = torch.tensor([0.0, 1.0, 3.0, 4.0]), torch.tensor([0.0, 0.5, 1.0, 2.0, 4.0])
print(torch.gradient(m, spacing=(cx, cy)))
print(torch.gradient(m, spacing=(cy,), dim=1, edge_order=2))
y = ys.clone().requires_grad_()
g = torch.gradient(y, spacing=(xs,))[0]
g.sum().backward()
print(g.grad_fn, y.grad)
for sp in ((torch.ones(2, 7),), (torch.arange(7),), [xs, 2.0], [2.0, xs], [torch.tensor(1.0)]):
    try:
        print(torch.gradient(ys, spacing=sp))
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
