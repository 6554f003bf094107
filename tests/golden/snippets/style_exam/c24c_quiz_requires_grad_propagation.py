# Quiz 44: mixing tensors with and without requires_grad
import torch

a = torch.randn(2, 2)
b = torch.randn(2, 2, requires_grad=True)
print((a + a).requires_grad, (a + b).requires_grad)
print(torch.cat([a, b]).requires_grad, torch.cat([a, a]).requires_grad)
print(a.sum().requires_grad, b.sum().requires_grad)
print(b.argmax().requires_grad, (b > 0).requires_grad)
print(b.round().requires_grad, b.sign().requires_grad, b.floor().grad_fn.name())
