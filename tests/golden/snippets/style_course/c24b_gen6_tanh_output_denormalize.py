# generator tanh outputs in [-1, 1] mapped back to [0, 255] uint8 images
import torch

out = torch.tensor([[-1.0, -0.5, 0.0], [0.25, 0.999, 1.0]])
img = ((out + 1) / 2 * 255).round().clamp(0, 255).to(torch.uint8)
print(img)
print(img.dtype, img.max(), img.float().mean())
print(((out + 1) * 127.5).to(torch.uint8))
