# Quiz 95: modifying x.detach() changes x - and autograd notices
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * x
x.detach().mul_(10)
print(x)
try:
    y.sum().backward()
    print(x.grad)
except RuntimeError as e:
    print(e)
z = x + 1
x.detach()[0] = 0.0
z.sum().backward()
print(x.grad)
