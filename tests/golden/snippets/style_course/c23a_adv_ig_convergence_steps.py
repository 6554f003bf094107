# Integrated gradients: the completeness gap shrinks as the number of steps grows
import torch

def f(x):
    return torch.tanh(x).prod(-1)

x = torch.tensor([1.0, 0.8])
target = f(x) - f(torch.zeros(2))
for steps in (2, 8, 32):
    a = (torch.arange(steps, dtype=torch.float32) + 0.5) / steps
    pts = (a[:, None] * x).requires_grad_()
    f(pts).sum().backward()
    ig = x * pts.grad.mean(0)
    print(steps, ig, round((ig.sum() - target).abs().item(), 4))
