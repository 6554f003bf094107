import torch

x = torch.tensor([1., 2.], requires_grad=True)
(x * 5).sum().backward()
g = x.grad
(x * 5).sum().backward()
print(g is x.grad, x.grad)
x.grad.mul_(0)
print(x.grad)
