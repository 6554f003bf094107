# Random unstructured pruning of a conv layer's weight with a seed
import torch
import torch.nn as nn
from torch.nn.utils import prune

torch.manual_seed(1)
conv = nn.Conv2d(1, 2, 2)
prune.random_unstructured(conv, name="weight", amount=0.25)
print(conv.weight_mask)
print(conv.weight_mask.sum().item(), conv.weight.shape)
print(list(conv._forward_pre_hooks.values())[0].__class__.__name__)
print(prune.is_pruned(conv), prune.is_pruned(nn.Linear(2, 2)))
