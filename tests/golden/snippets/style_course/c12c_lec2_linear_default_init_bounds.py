# Lecture: checking nn.Linear's default initialisation bounds.
import math
import torch
import torch.nn as nn

torch.manual_seed(0)
for fan_in, fan_out in [(3, 2), (100, 50), (784, 10)]:
    layer = nn.Linear(fan_in, fan_out)
    bound = 1 / math.sqrt(fan_in)
    w, b = layer.weight, layer.bias
    print(fan_in, round(bound, 6), w.abs().max().item() <= bound, b.abs().max().item() <= bound)
    print(f"{w.min().item():.6f} {w.max().item():.6f} {w.std().item():.6f} {bound / math.sqrt(3):.6f}")
conv = nn.Conv2d(3, 4, 3)
print(conv.weight.abs().max().item() <= 1 / math.sqrt(27), conv.weight.shape)
emb = nn.Embedding(5, 3)
print(emb.weight.std().item())
