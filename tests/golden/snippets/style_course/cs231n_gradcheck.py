# Numerical gradient checking of a small function in double precision.
import torch

torch.manual_seed(5)
x = torch.randn(3, 4, dtype=torch.double, requires_grad=True)
W = torch.randn(4, 2, dtype=torch.double, requires_grad=True)

def f(x, W):
    return torch.tanh(x @ W).sum()

print(torch.autograd.gradcheck(f, (x, W), eps=1e-6, atol=1e-4))
loss = f(x, W)
loss.backward()
h = 1e-5
with torch.no_grad():
    xp = x.clone(); xp[0, 0] += h
    xm = x.clone(); xm[0, 0] -= h
    num = (f(xp, W) - f(xm, W)) / (2 * h)
print(x.grad[0, 0].item(), num.item())
