import torch

x = torch.tensor([1., 2.], requires_grad=True)
c = torch.tensor([3., 4.])
y = x * c
z = y.sum()
for name, t in [("x", x), ("c", c), ("y", y), ("z", z)]:
    print(name, t.is_leaf, t.requires_grad, t.grad_fn)
