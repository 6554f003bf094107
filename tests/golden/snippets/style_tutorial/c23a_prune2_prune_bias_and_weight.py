# Pruning weight and bias of one layer: two masks, two hooks
import torch
import torch.nn as nn
import torch.nn.utils.prune as prune

torch.manual_seed(44)
lin = nn.Linear(3, 4)
prune.l1_unstructured(lin, "weight", amount=0.5)
prune.l1_unstructured(lin, "bias", amount=2)
print(len(lin._forward_pre_hooks), sorted(n for n, _ in lin.named_buffers()))
print(lin.bias_mask, int(lin.weight_mask.sum()))
out = lin(torch.ones(1, 3))
print(out.shape, out.grad_fn.name())
prune.remove(lin, "bias")
print(sorted(n for n, _ in lin.named_parameters()))
