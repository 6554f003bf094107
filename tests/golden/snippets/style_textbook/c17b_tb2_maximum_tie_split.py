# Elementwise maximum/minimum split the gradient evenly at ties; fmax does too.
import torch

a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = torch.tensor([1.0, 5.0, 0.0], requires_grad=True)
torch.maximum(a, b).sum().backward()
print(a.grad, b.grad)
a.grad = b.grad = None
torch.minimum(a, b).sum().backward()
print(a.grad, b.grad)
a.grad = b.grad = None
torch.fmax(a, b).sum().backward()
print(a.grad, b.grad)
a.grad = None
torch.clamp(a, min=2.0, max=2.0).sum().backward()
print(a.grad)
