# Forward Euler for dy/dt = -k y versus the exact solution.
import torch

torch.set_default_dtype(torch.float64)
k, h, steps = 2.0, 0.1, 10
y = torch.tensor(1.0)
ys = [y]
for n in range(steps):
    y = y + h * (-k * y)
    ys.append(y)
t = torch.arange(steps + 1) * h
approx = torch.stack(ys)
exact = torch.exp(-k * t)
print(approx[-1].item(), exact[-1].item())
print("max error:", (approx - exact).abs().max().item())
