# sigmoid-shaped KL weight over training steps
import torch

steps = torch.arange(0, 100, 20, dtype=torch.float32)
w = torch.sigmoid((steps - 50) / 10)
print(w)
print(torch.round(w, decimals=2))
print(w.diff() > 0)
