import math
import torch

hours = torch.arange(0, 24, 6, dtype=torch.float32)
feat = torch.stack([torch.sin(2 * math.pi * hours / 24), torch.cos(2 * math.pi * hours / 24)], dim=1)
print(feat.round(decimals=4))
dow = torch.tensor([0, 3, 6])
print(torch.nn.functional.one_hot(dow, num_classes=7))
print(feat.norm(dim=1))
