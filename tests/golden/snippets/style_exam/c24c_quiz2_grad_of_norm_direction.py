# Quiz B46: the gradient of ||x|| is x / ||x||
import torch

x = torch.tensor([3.0, 4.0], requires_grad=True)
n = x.norm()
n.backward()
print(n, x.grad)
x.grad = None
(x * x).sum().backward()
print(x.grad)
x.grad = None
x.norm(p=1).backward()
print(x.grad)
