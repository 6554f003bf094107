# Multivariate gradient descent and Newton's method on f(x) = x1^2 + 2 x2^2, and a badly conditioned case.
import torch

def f_2d(x1, x2):
    return x1 ** 2 + 2 * x2 ** 2

def f_2d_grad(x1, x2):
    return (2 * x1, 4 * x2)

def gd_2d(x1, x2, s1, s2, f_grad, eta=0.1):
    g1, g2 = f_grad(x1, x2)
    return (x1 - eta * g1, x2 - eta * g2, 0, 0)

def train_2d(trainer, steps=20, f_grad=None):
    x1, x2, s1, s2 = -5, -2, 0, 0
    results = [(x1, x2)]
    for i in range(steps):
        x1, x2, s1, s2 = trainer(x1, x2, s1, s2, f_grad)
        results.append((x1, x2))
    print(f"epoch {i + 1}, x1: {float(x1):f}, x2: {float(x2):f}")
    return results

results = train_2d(gd_2d, f_grad=f_2d_grad)
print(results[:3])
x = torch.tensor([-5.0, -2.0], requires_grad=True)
for step in range(3):
    f = f_2d(x[0], x[1])
    g, = torch.autograd.grad(f, x, create_graph=True)
    H = torch.stack([torch.autograd.grad(g[i], x, retain_graph=True)[0] for i in range(2)])
    with torch.no_grad():
        x -= torch.linalg.solve(H, g)
    print(step, x.detach(), H)
x = torch.tensor([1.0, 1.0], requires_grad=True)
opt = torch.optim.SGD([x], lr=0.009)
for _ in range(50):
    opt.zero_grad()
    (x[0] ** 2 + 100 * x[1] ** 2).backward()
    opt.step()
print(x.detach())
