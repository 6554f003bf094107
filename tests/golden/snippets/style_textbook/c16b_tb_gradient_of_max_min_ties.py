# Gradients of max, amax and min when several elements tie.
import torch

x = torch.tensor([1.0, 3.0, 3.0, 2.0], requires_grad=True)
x.max().backward()
print(x.grad)
x.grad = None
x.amax().backward()
print(x.grad)
x.grad = None
v, i = x.max(dim=0)
v.backward()
print(i, x.grad)
x.grad = None
torch.maximum(x, torch.full((4,), 3.0)).sum().backward()
print(x.grad)
