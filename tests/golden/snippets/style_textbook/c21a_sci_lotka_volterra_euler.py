# Predator-prey model with forward Euler; print every 200 steps.
import torch

a, b, c, d = 1.0, 0.1, 1.5, 0.075
state = torch.tensor([10.0, 5.0])
dt = 0.005
for n in range(1, 1001):
    prey, pred = state
    deriv = torch.stack([a * prey - b * prey * pred, -c * pred + d * prey * pred])
    state = state + dt * deriv
    if n % 200 == 0:
        print(n, [round(s, 3) for s in state.tolist()])
