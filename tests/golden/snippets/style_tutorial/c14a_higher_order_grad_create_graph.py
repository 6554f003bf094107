# Higher-order gradients: d/dx and d2/dx2 of a scalar function via create_graph, and a grad of a grad norm.
import torch

x = torch.tensor([0.5, 2.0], requires_grad=True)
y = (x ** 3 * torch.sin(x)).sum()
(g,) = torch.autograd.grad(y, x, create_graph=True)
print(g, g.grad_fn)
(h,) = torch.autograd.grad(g.sum(), x)
print(h)
x.grad = None
y = (x ** 3 * torch.sin(x)).sum()
g = torch.autograd.grad(y, x, create_graph=True)[0]
g.norm().backward()
print(x.grad)
z = torch.tensor(3.0, requires_grad=True)
f = z.exp() * z
d1 = torch.autograd.grad(f, z, create_graph=True)[0]
d2 = torch.autograd.grad(d1, z, create_graph=True)[0]
d3 = torch.autograd.grad(d2, z)[0]
print(d1.item(), d2.item(), d3.item())
