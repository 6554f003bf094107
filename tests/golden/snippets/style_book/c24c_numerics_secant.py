# Section 3.4: the secant method
import torch

def f(x):
    return x * x - 3 * x + 1

prev, cur = torch.tensor(0.0, dtype=torch.float64), torch.tensor(1.0, dtype=torch.float64)
for i in range(7):
    nxt = cur - f(cur) * (cur - prev) / (f(cur) - f(prev))
    prev, cur = cur, nxt
    print(i, f"{cur.item():.12f}")
