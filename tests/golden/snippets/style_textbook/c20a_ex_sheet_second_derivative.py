# Autograd sheet, task 3: second derivative of tanh with create_graph
import torch

x = torch.tensor([0.0, 0.5, 1.0], requires_grad=True)
y = torch.tanh(x)
(g,) = torch.autograd.grad(y.sum(), x, create_graph=True)
print(g)
(h,) = torch.autograd.grad(g.sum(), x)
print(h)
print(-2 * torch.tanh(x.detach()) * (1 - torch.tanh(x.detach()) ** 2))
