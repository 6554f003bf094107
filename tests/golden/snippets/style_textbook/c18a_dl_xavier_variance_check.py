# Forward variance with fan-in scaling versus plain N(0, 1) weights through 10 tanh layers
import math
import torch

torch.manual_seed(25)
x = torch.randn(1000, 100)
for scale_name, scale in [("N(0,1)", 1.0), ("1/sqrt(n)", 1 / math.sqrt(100)), ("xavier", math.sqrt(2 / 200))]:
    h = x
    for _ in range(10):
        h = torch.tanh(h @ (torch.randn(100, 100) * scale))
    print(f"{scale_name:<10} std after 10 layers: {h.std().item():.4f}, saturated: {(h.abs() > 0.99).float().mean().item():.3f}")
