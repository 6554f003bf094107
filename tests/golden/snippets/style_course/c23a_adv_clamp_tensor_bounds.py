# Per-element clamp bounds: keep the adversarial input within x +- eps and [0, 1]
import torch

x = torch.tensor([0.05, 0.5, 0.97, 0.3])
x_adv = torch.tensor([0.30, 0.41, 1.20, -0.1])
eps = 0.1
lo = torch.clamp(x - eps, min=0)
hi = torch.clamp(x + eps, max=1)
print(lo, hi)
print(torch.clamp(x_adv, lo, hi))
print(torch.max(torch.min(x_adv, hi), lo))
print(torch.clamp(x_adv, min=hi, max=lo))
try:
    torch.clamp(x_adv)
except RuntimeError as e:
    print(e)
