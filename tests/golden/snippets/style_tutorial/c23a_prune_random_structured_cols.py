# random_structured along dim=1 (input columns) with a seed
import torch
import torch.nn as nn
import torch.nn.utils.prune as prune

torch.manual_seed(7)
lin = nn.Linear(5, 3)
prune.random_structured(lin, "weight", amount=0.4, dim=1)
print(lin.weight_mask)
print(lin.weight_mask.sum(0))
