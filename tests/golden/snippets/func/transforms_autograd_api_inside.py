# the autograd API itself (.requires_grad_(), .backward(), .data) inside torch.func transforms
import torch
from torch.func import grad, vmap

w = torch.tensor([1.0, 2.0])
xs = torch.tensor([[1.0, -1.0], [0.5, 2.0]])

def loss_with_backward(v):
    p = torch.ones(2, requires_grad=True)   # a factory's requires_grad= is fine
    (p * v).sum().backward()
    return (v * v).sum()

for bad in (lambda: grad(lambda v: (v * torch.ones(2).requires_grad_()).sum())(w),
            lambda: grad(loss_with_backward)(w),
            lambda: vmap(lambda x: x.clone().requires_grad_() * w)(xs),
            lambda: vmap(lambda x: x.data * 2)(xs),
            lambda: vmap(lambda x: torch.equal(x, w))(xs),
            lambda: vmap(lambda x: torch.allclose(x, w))(xs)):
    try:
        print(bad())
    except RuntimeError as e:
        print(e)
print(grad(lambda v: (v.data * v).sum())(w))
print(vmap(lambda x: x + w.data * torch.equal(w, w))(xs))
