# Quiz B32: the gradient of cumsum is a reversed cumsum
import torch

x = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
c = x.cumsum(0)
c.backward(torch.tensor([1.0, 0.0, 0.0, 1.0]))
print(c, x.grad)
x.grad = None
x.cumprod(0).sum().backward()
print(x.grad)
