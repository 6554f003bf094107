import torch

x = torch.tensor(1., requires_grad=True)
u = torch.tensor(5., requires_grad=True)
y = x * 4
print(torch.autograd.grad(y, [x, u], allow_unused=True))
try:
    torch.autograd.grad(x * 4, [x, u])
except RuntimeError as e:
    print(e)
print(torch.autograd.grad(x * 4, [x, u], allow_unused=True, materialize_grads=True))
