# Q: why is the gradient of |x| zero at x = 0 but sqrt(x**2) gives nan?
import torch

x = torch.tensor([0.0, -2.0], requires_grad=True)
x.abs().sum().backward()
print(x.grad)
x.grad = None
(x ** 2).sqrt().sum().backward()
print(x.grad)
x.grad = None
torch.sgn(x).sum().backward()
print(x.grad)
