import torch
from torch.autograd.functional import hessian

a = torch.tensor(2.0, requires_grad=True)
def f(x):
    return a * (x ** 3).sum()

x = torch.tensor([1.0, -1.0])
H = hessian(f, x)
print(H, H.requires_grad)
H2 = hessian(f, x, create_graph=True)
print(H2.requires_grad)
H2.trace().backward()
print(a.grad)
try:
    hessian(lambda t: t ** 2, x)
except Exception as e:
    print(type(e).__name__, e)
