# Gradients reach weight_orig only where the mask is one
import torch
import torch.nn as nn
import torch.nn.utils.prune as prune

lin = nn.Linear(3, 1, bias=False)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[0.1, -2.0, 0.5]]))
prune.l1_unstructured(lin, "weight", amount=1)
x = torch.tensor([[1.0, 2.0, 3.0]])
lin(x).sum().backward()
print(lin.weight_orig.grad)
print(lin.weight_mask)
print(lin.weight.grad_fn.name(), lin.weight.is_leaf)
