# prune.identity adds a mask of ones; the forward pre-hook recomputes weight each call
import torch
import torch.nn as nn
import torch.nn.utils.prune as prune

lin = nn.Linear(2, 2)
prune.identity(lin, "weight")
print(lin.weight_mask)
print(len(lin._forward_pre_hooks))
with torch.no_grad():
    lin.weight_mask[0, 0] = 0
x = torch.ones(1, 2)
lin(x)
print(lin.weight[0, 0].item(), lin.weight_orig[0, 0].item() != 0)
