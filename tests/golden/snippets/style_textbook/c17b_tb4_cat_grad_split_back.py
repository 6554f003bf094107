# The gradient of cat is split back into the pieces.
import torch

a = torch.tensor([[1.0, 2.0]], requires_grad=True)
b = torch.tensor([[3.0, 4.0], [5.0, 6.0]], requires_grad=True)
c = torch.cat([a, b])
(c * torch.arange(6.0).reshape(3, 2)).sum().backward()
print(a.grad)
print(b.grad)
s = torch.stack([a[0], b[1]], dim=1)
s.sum().backward()
print(a.grad, b.grad, s.shape)
