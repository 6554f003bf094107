# Q: expand vs repeat: the expand error on non-singleton dims, -1, and gradients summing back through both.
import torch

x = torch.tensor([[1.0], [2.0], [3.0]], requires_grad=True)
e = x.expand(3, 4)
r = x.repeat(1, 4)
print(e.shape, r.shape, e.stride(), r.stride())
print(e.grad_fn, r.grad_fn)
(e * torch.arange(4.0)).sum().backward()
print(x.grad.T)
x.grad = None
(r * torch.arange(4.0)).sum().backward()
print(x.grad.T)
try:
    x.expand(4, 4)
except RuntimeError as err:
    print(err)
try:
    torch.ones(2, 3).expand(2, 6)
except RuntimeError as err:
    print(err)
print(x.expand(-1, 2))
print(x.expand(2, 3, 2).shape)
try:
    x.expand(2)
except RuntimeError as err:
    print(err)
print(torch.ones(2, 3).repeat(2, 1, 2).shape)
try:
    torch.ones(2, 3).repeat(2)
except RuntimeError as err:
    print(err)
print(x.detach().expand_as(torch.empty(3, 2)).contiguous().stride())
