# Why MC-dropout predictions average to the eval-mode output: kept units carry 1/(1-p)
import torch
import torch.nn as nn

torch.manual_seed(32)
layer = nn.Dropout(p=0.25)
h = torch.full((4, 6), 2.0)
sampled = layer(h)
print(sampled)
print(sampled.unique(), (sampled != 0).sum(1))
runs = torch.stack([layer(h) for _ in range(400)])
print(bool((runs.mean(0) - h).abs().max() < 0.7))
layer.eval()
print(layer(h).equal(h), layer.training)
