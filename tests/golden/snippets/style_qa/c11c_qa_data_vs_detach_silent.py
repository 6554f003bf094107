# Q: .data vs .detach() - .data hides the change from autograd and the gradient is silently wrong.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.exp()
y.data.mul_(0)
y.sum().backward()
print("via .data:", x.grad)
x.grad = None
y = x.exp()
y.detach().mul_(0)
try:
    y.sum().backward()
except RuntimeError as e:
    print("via .detach():", type(e).__name__)
print(y)
z = x * 1
print(z.data.requires_grad, z.detach().requires_grad, z.data.is_leaf)
