# Structured pruning of conv output channels (dim=0) by their L1 norm
import torch
import torch.nn as nn
import torch.nn.utils.prune as prune

conv = nn.Conv2d(1, 4, 2, bias=False)
with torch.no_grad():
    for c in range(4):
        conv.weight[c].fill_(float(c) - 1.5)
prune.ln_structured(conv, "weight", amount=2, n=1, dim=0)
print(conv.weight_mask[:, 0, 0, 0])
print(conv.weight.abs().sum(dim=(1, 2, 3)))
