import torch

a = torch.ones(2, 3, requires_grad=True)
b = torch.arange(3.0)

x, y = torch.broadcast_tensors(a, b)
print(x is a, x.grad_fn, y.shape, y.stride())
(z,) = torch.broadcast_tensors(a)
print(z is a, z._is_view())
p, q = torch.broadcast_tensors(a, torch.ones(2, 3))
print(p is a, q.grad_fn)
