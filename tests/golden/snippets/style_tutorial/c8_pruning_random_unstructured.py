# Pruning tutorial: random_unstructured on a Linear weight, the mask buffer, l1 pruning, remove.
import torch
from torch import nn
import torch.nn.utils.prune as prune

torch.manual_seed(0)
module = nn.Linear(4, 3)
print(list(module.named_parameters())[0][0], list(module.named_buffers()))
prune.random_unstructured(module, name="weight", amount=0.25)
print([n for n, _ in module.named_parameters()])
print([n for n, _ in module.named_buffers()])
print(module.weight_mask)
print(module.weight)
print(int((module.weight == 0).sum()))
prune.l1_unstructured(module, name="bias", amount=1)
print(module.bias, module.bias_mask)
prune.remove(module, "weight")
print([n for n, _ in module.named_parameters()])
print(prune.is_pruned(module))
