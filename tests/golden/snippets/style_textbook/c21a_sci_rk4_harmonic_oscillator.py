# Classical RK4 on x'' = -x written as a first-order system.
import torch

def f(state):
    x, v = state
    return torch.stack([v, -x])

state = torch.tensor([1.0, 0.0], dtype=torch.float64)
h = 0.1
for _ in range(63):
    k1 = f(state)
    k2 = f(state + h / 2 * k1)
    k3 = f(state + h / 2 * k2)
    k4 = f(state + h * k3)
    state = state + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
print(state)
energy = 0.5 * (state ** 2).sum()
print(f"energy {energy.item():.10f}")
