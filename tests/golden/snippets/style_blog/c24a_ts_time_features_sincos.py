# Cyclical time features: hour of day as sin/cos
import math
import torch

hours = torch.tensor([0, 6, 12, 18, 23])
angle = 2 * math.pi * hours / 24
feats = torch.stack([torch.sin(angle), torch.cos(angle)], dim=1)
print(angle.dtype)
print(feats)
print(feats.pow(2).sum(1))
dow = torch.tensor([0, 3, 6])
print(torch.nn.functional.one_hot(dow, 7).float())
