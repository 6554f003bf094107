# Scaling W by gain/sqrt(fan_in) keeps tanh activations from saturating
import torch

torch.manual_seed(1654)
x = torch.randn(500, 30)
for name, scale in [("unscaled", 1.0), ("kaiming tanh", (5 / 3) / 30 ** 0.5), ("tiny", 0.01)]:
    h = x
    for depth in range(4):
        weight = scale * torch.randn(30, 30)
        h = (h @ weight).tanh()
    saturated = (h.abs() > 0.97).float().mean().item()
    print(f"{name:13s} std {h.std().item():.4f} saturated {saturated * 100:.2f}%")
