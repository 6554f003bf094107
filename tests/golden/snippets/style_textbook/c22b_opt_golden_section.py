import torch


def phi(t):
    x = torch.tensor([1.0, 2.0]) + t * torch.tensor([-1.0, -1.5])
    return (x ** 2).sum() + torch.sin(3 * x[0])


a, b = 0.0, 2.0
gr = (5 ** 0.5 - 1) / 2
for it in range(8):
    c = b - gr * (b - a)
    d = a + gr * (b - a)
    if phi(c) < phi(d):
        b = d
    else:
        a = c
t = (a + b) / 2
print(f"t* = {t:.4f}, phi = {phi(torch.tensor(t)).item():.5f}")
