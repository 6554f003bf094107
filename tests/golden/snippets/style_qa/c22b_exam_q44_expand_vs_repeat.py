import torch

# Q44. expand vs repeat: memory and gradients.
v = torch.tensor([1.0, 2.0], requires_grad=True)
e = v.expand(3, 2)
r = v.repeat(3, 1)
print(e.stride(), r.stride())
print(e.grad_fn.name(), r.grad_fn.name())
(e * torch.arange(6.0).view(3, 2)).sum().backward()
print(v.grad)
v.grad = None
(r * torch.arange(6.0).view(3, 2)).sum().backward()
print(v.grad)
