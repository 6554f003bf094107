# jacrev with argnums and has_aux for a residual function
import torch
from torch.func import jacrev
def residual(theta, x, y):
    pred = theta[0] * torch.exp(theta[1] * x)
    r = pred - y
    return r, (r ** 2).sum()
x = torch.tensor([0.0, 0.5, 1.0])
y = torch.tensor([1.0, 1.5, 2.7])
theta = torch.tensor([1.0, 1.0])
J, sse = jacrev(residual, argnums=0, has_aux=True)(theta, x, y)
print(J)
print(sse)
Jx = jacrev(lambda xx: residual(theta, xx, y)[0])(x)
print(Jx.diag())
