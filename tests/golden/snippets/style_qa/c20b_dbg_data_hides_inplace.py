# modifying .data silently gives a wrong gradient
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.exp()
y.data.mul_(0)
y.sum().backward()
print(x.grad)
x.grad = None
y = x.exp()
y.detach().mul_(0)
try:
    y.sum().backward()
except RuntimeError as e:
    print(str(e)[:70])
