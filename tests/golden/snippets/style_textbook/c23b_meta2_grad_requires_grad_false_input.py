import torch

x = torch.tensor([1.0, 2.0])
w = torch.tensor(3.0, requires_grad=True)
y = (w * x).sum()
try:
    torch.autograd.grad(y, x)
except RuntimeError as e:
    print(e)
try:
    torch.autograd.grad(x.sum(), w)
except RuntimeError as e:
    print(e)
print(torch.autograd.grad(y, [w]))
