import torch

x = torch.tensor(1., requires_grad=True)
c = torch.tensor(2.)
y = x * c
try:
    torch.autograd.grad(y, c)
except RuntimeError as e:
    print(e)
torch.autograd.grad(c * 2, x)
