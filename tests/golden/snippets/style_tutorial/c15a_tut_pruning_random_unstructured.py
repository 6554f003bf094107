# Pruning tutorial: random_unstructured on a conv weight, the mask buffer, and making it permanent
import torch
import torch.nn as nn
import torch.nn.utils.prune as prune

torch.manual_seed(7)
conv = nn.Conv2d(1, 2, 3)
print(list(conv.named_parameters())[0][0], list(conv.named_buffers()))
prune.random_unstructured(conv, name="weight", amount=0.3)
print([name for name, _ in conv.named_parameters()])
print([name for name, _ in conv.named_buffers()])
print(conv.weight_mask.sum(), (conv.weight == 0).sum())
print(conv._forward_pre_hooks)
prune.l1_unstructured(conv, name="bias", amount=1)
print(conv.bias)
prune.remove(conv, "weight")
print([name for name, _ in conv.named_parameters()], float((conv.weight == 0).sum()) / conv.weight.nelement())
