import torch
from torch import nn

logits = torch.tensor([[1.0, 2.0, 0.5], [0.1, 0.2, 0.3]])
crit = nn.CrossEntropyLoss()
for t in (torch.tensor([1, 2]), torch.tensor([1.0, 2.0]), torch.tensor([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])):
    try:
        print(t.dtype, f"{crit(logits, t).item():.4f}")
    except Exception as e:
        print(t.dtype, type(e).__name__, e)
try:
    crit(logits, torch.tensor([1, 2], dtype=torch.int32))
except Exception as e:
    print(type(e).__name__, e)
