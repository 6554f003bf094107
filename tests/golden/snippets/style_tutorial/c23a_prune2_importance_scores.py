# Pruning by importance scores other than |w| (here |w * grad|, a first-order Taylor score)
import torch
import torch.nn as nn
import torch.nn.utils.prune as prune

lin = nn.Linear(3, 2, bias=False)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[0.5, -0.1, 0.3], [0.2, 0.9, -0.4]]))
x = torch.tensor([[1.0, 2.0, -1.0]])
lin(x).sum().backward()
score = (lin.weight * lin.weight.grad).abs()
print(score)
prune.l1_unstructured(lin, "weight", amount=3, importance_scores=score)
print(lin.weight_mask)
print(lin.weight)
