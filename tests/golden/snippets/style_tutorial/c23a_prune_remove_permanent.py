# prune.remove makes the pruning permanent: weight becomes a plain Parameter again
import torch
import torch.nn as nn
import torch.nn.utils.prune as prune

torch.manual_seed(2)
lin = nn.Linear(3, 2)
prune.l1_unstructured(lin, "weight", amount=2)
before = lin.weight.detach().clone()
prune.remove(lin, "weight")
print([n for n, _ in lin.named_parameters()])
print(list(lin.named_buffers()))
print(torch.equal(lin.weight, before), type(lin.weight).__name__)
print(lin._forward_pre_hooks)
try:
    prune.remove(lin, "weight")
except ValueError as e:
    print("ValueError:", e)
