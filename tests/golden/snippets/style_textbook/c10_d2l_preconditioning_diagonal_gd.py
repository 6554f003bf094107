# Ill-conditioned quadratic: plain gradient descent vs diagonal preconditioning (Adagrad-like scaling).
import torch

A = torch.diag(torch.tensor([100.0, 1.0]))

def f(x):
    return 0.5 * x @ A @ x

def run(precond, lr, steps=20):
    x = torch.tensor([1.0, 1.0], requires_grad=True)
    traj = []
    for _ in range(steps):
        g = torch.autograd.grad(f(x), x)[0]
        with torch.no_grad():
            x -= lr * precond * g
        traj.append(f(x).item())
    return x.detach(), traj

x1, t1 = run(torch.ones(2), lr=0.019)
x2, t2 = run(1 / torch.diag(A), lr=0.9)
print(x1, [round(v, 6) for v in t1[::5]])
print(x2, [round(v, 8) for v in t2[::5]])
print(torch.linalg.cond(A))
x3 = torch.tensor([1.0, 1.0], requires_grad=True)
opt = torch.optim.Adagrad([x3], lr=0.5)
for _ in range(20):
    opt.zero_grad()
    f(x3).backward()
    opt.step()
print(x3.detach(), f(x3).item())
print(opt.state[x3]["sum"])
