# Saving an adversarial image as 8-bit pixels loses part of a small perturbation
import torch

torch.manual_seed(46)
x = torch.rand(2, 3)
adv = (x + 1.5 / 255 * torch.randn(2, 3).sign()).clamp(0, 1)
pixels = (adv * 255).round().to(torch.uint8)
back = pixels.float() / 255
print(pixels)
print(((back - adv).abs() <= 0.5 / 255 + 1e-7).all())
print((back - x).abs().max() * 255 <= 2.0)
print(pixels.dtype, back.dtype)
