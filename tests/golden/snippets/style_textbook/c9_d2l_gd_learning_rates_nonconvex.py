# Gradient descent in one dimension: too small, too large learning rates, and a nonconvex function.
import torch

def f(x):
    return x ** 2

def f_grad(x):
    return 2 * x

def gd(eta, f_grad, x=10.0, steps=10):
    results = [x]
    for i in range(steps):
        x -= eta * f_grad(x)
        results.append(float(x))
    print(f"eta {eta}: epoch 10, x: {x:f}")
    return results

gd(0.2, f_grad)
gd(0.05, f_grad)
gd(1.1, f_grad)
c = torch.tensor(0.15 * torch.pi)

def f2(x):
    return x * torch.cos(c * x)

def f2_grad(x):
    return torch.cos(c * x) - c * x * torch.sin(c * x)

res = gd(2, f2_grad, x=torch.tensor(10.0))
print([round(r, 4) for r in res[:4]])
x = torch.tensor(10.0, requires_grad=True)
opt = torch.optim.SGD([x], lr=2)
for _ in range(10):
    opt.zero_grad()
    f2(x).backward()
    opt.step()
print(x)
