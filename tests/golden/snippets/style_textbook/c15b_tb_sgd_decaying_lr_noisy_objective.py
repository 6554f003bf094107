# Noisy gradients on f(a, b) = a^2 + 2b^2: constant, exponential and polynomial decay of the step.
import math
import torch

def run(rate, steps=40):
    gen = torch.Generator().manual_seed(24)
    point = torch.tensor([-4.0, 3.0])
    scale = torch.tensor([2.0, 4.0])
    for t in range(1, steps + 1):
        noisy = scale * point + torch.randn(2, generator=gen)
        point = point - rate(t) * noisy
    return point

schedules = {
    'constant': lambda t: 0.1,
    'exponential': lambda t: 0.1 * math.exp(-0.05 * t),
    'polynomial': lambda t: 0.1 / math.sqrt(1 + 0.1 * t),
}
for name, rate in schedules.items():
    end = run(rate)
    print(f'{name:12s} {end.tolist()} f={float((end[0] ** 2 + 2 * end[1] ** 2)):.5f}')
