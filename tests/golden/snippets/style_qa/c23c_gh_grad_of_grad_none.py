# Second derivative of a linear function: the first grad has no graph unless create_graph.
import torch

x = torch.tensor(3.0, requires_grad=True)
y = 5 * x
(g,) = torch.autograd.grad(y, x, create_graph=True)
print(g, g.requires_grad)
try:
    torch.autograd.grad(g, x)
except RuntimeError as e:
    print(e)
y2 = x ** 2
(g2,) = torch.autograd.grad(y2, x)
print(g2.requires_grad, g2.grad_fn)
