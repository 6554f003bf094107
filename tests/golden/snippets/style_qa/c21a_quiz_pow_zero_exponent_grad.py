# Quiz: the gradient of x ** 0 and of 0 ** y.
import torch

x = torch.tensor([0.0, 2.0], requires_grad=True)
(x ** 0).sum().backward()
print(x.grad)
y = torch.tensor([0.0, 2.0], requires_grad=True)
(torch.tensor(0.0) ** y).sum().backward()
print(y.grad)
z = torch.tensor(0.0, requires_grad=True)
(z ** 2).backward()
print(z.grad)
