import torch

x = torch.tensor([1., 2.], requires_grad=True)
y = x * 3
d = y.detach()
print(d)
print(d.requires_grad, d.grad_fn, d.is_leaf)
d[0] = -1.
print(y)
print(x.detach().requires_grad, x.requires_grad)
print(x.detach().clone())
