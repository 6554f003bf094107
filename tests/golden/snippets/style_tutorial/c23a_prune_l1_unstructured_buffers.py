# prune.l1_unstructured re-parametrises weight as weight_orig * weight_mask
import torch
import torch.nn as nn
import torch.nn.utils.prune as prune

torch.manual_seed(0)
lin = nn.Linear(4, 3)
prune.l1_unstructured(lin, name="weight", amount=0.5)
print([n for n, _ in lin.named_parameters()])
print([n for n, _ in lin.named_buffers()])
print(lin.weight_mask)
print(int((lin.weight == 0).sum()), lin.weight.numel())
print(torch.equal(lin.weight, lin.weight_orig * lin.weight_mask))
