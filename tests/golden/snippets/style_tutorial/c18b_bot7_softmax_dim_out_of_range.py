"""Applying softmax across classes (dim chosen for a 3-D tensor by mistake)."""
import torch
import torch.nn.functional as F

logits = torch.tensor([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])
try:
    F.softmax(logits, dim=2)
except IndexError as e:
    print("IndexError:", e)
print(F.softmax(logits, dim=-1))
print(F.log_softmax(logits, dim=1).exp().sum(dim=1))
