# Pruning the same tensor twice stacks the methods in a PruningContainer
import torch
import torch.nn as nn
import torch.nn.utils.prune as prune

torch.manual_seed(5)
lin = nn.Linear(5, 2)
prune.l1_unstructured(lin, "weight", amount=0.3)
print(int(lin.weight_mask.sum()))
prune.l1_unstructured(lin, "weight", amount=0.3)
print(int(lin.weight_mask.sum()))
hook = next(iter(lin._forward_pre_hooks.values()))
print(type(hook).__name__, len(hook._pruning_methods))
print([type(m).__name__ for m in hook])
