# Shooting method for y'' = -y, y(0)=0, y(1)=1: Newton on the unknown slope.
import torch

def shoot(s, n=100):
    h = 1.0 / n
    y, v = torch.zeros((), dtype=torch.float64), s
    for _ in range(n):
        y, v = y + h * v, v - h * y
    return y

s = torch.tensor(0.5, dtype=torch.float64, requires_grad=True)
for it in range(4):
    miss = shoot(s) - 1.0
    (g,) = torch.autograd.grad(miss, s)
    s = (s - miss / g).detach().requires_grad_()
    print(it, f"{s.item():.8f}", f"{miss.item():+.2e}")
print(f"exact slope {1 / torch.sin(torch.tensor(1.0, dtype=torch.float64)).item():.8f}")
