# Quiz B49: derivative of 1/x at 0 and of x/x
import torch

x = torch.tensor([0.0, 2.0], requires_grad=True)
(1 / x).sum().backward()
print(x.grad)
x.grad = None
(x / x).sum().backward()
print(x.grad)
x.grad = None
torch.reciprocal(x).sum().backward()
print(x.grad)
