# Q: the gradient of a tensor with respect to itself
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * x
print(torch.autograd.grad(y, y, torch.ones(2), retain_graph=True))
print(torch.autograd.grad(y.sum(), [y, x]))
print(torch.autograd.grad(x, x, torch.tensor([3.0, 4.0])))
