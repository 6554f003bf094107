# ln_structured removes whole output rows by their L2 norm
import torch
import torch.nn as nn
import torch.nn.utils.prune as prune

lin = nn.Linear(3, 4, bias=False)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[1.0, 1.0, 1.0], [0.1, 0.0, 0.1], [3.0, 0.0, 0.0], [0.2, 0.2, -0.2]]))
prune.ln_structured(lin, name="weight", amount=0.5, n=2, dim=0)
print(lin.weight)
print(lin.weight_mask.sum(dim=1))
