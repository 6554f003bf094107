import torch

x = torch.tensor([0.2, 1.5, -0.3], requires_grad=True)
idx = x.argmax()
print(idx, idx.requires_grad, idx.dtype)
y = x[idx] * 2
y.backward()
print(x.grad)
r = torch.round(x * 3)
print(r.grad_fn.name())
g, = torch.autograd.grad(r.sum(), x)
print(g)
