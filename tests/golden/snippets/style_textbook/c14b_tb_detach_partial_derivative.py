# Autograd chapter: detaching u = x*x so that z = u*x only differentiates through the second factor.
import torch

x = torch.linspace(0.5, 2.5, 5, requires_grad=True)
u_graph = x * x
u = u_graph.detach()
z = u * x
z.sum().backward()
print(x.grad)
print(x.grad == u)
print(u.requires_grad, u_graph.requires_grad, u.grad_fn, u_graph.grad_fn)
x.grad.zero_()
u_graph.sum().backward()
print(x.grad == 2 * x)
x.grad = None
w = x ** 3
c = w.detach() / x.detach()
q = (c * x).sum() + w.sum()
q.backward()
print(x.grad)
print(c)
