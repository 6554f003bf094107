import torch
from torch import nn

logits = torch.tensor([[0.2], [-1.0], [1.5]])
y = torch.tensor([1, 0, 1])
crit = nn.BCEWithLogitsLoss()
for t in (y, y.float(), y.float().unsqueeze(1)):
    try:
        print(tuple(t.shape), t.dtype, f"{crit(logits, t).item():.4f}")
    except Exception as e:
        print(tuple(t.shape), t.dtype, type(e).__name__, e)
try:
    nn.BCELoss()(logits, y.float().unsqueeze(1))
except Exception as e:
    print(type(e).__name__, e)
