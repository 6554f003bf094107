import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.0, -1.0], [0.0, 1.0, 0.0], [1.0, 1.0, 1.0]])
soft = torch.tensor([[0.9, 0.05, 0.05], [0.1, 0.8, 0.1], [1 / 3, 1 / 3, 1 / 3]])
print(F.cross_entropy(logits, soft, reduction="none").round(decimals=4))
mask = torch.tensor([1.0, 1.0, 0.0])
per_tok = F.cross_entropy(logits, soft, reduction="none")
print(f"{((per_tok * mask).sum() / mask.sum()).item():.4f}")
try:
    F.cross_entropy(logits, soft, ignore_index=0)
except Exception as e:
    print(type(e).__name__, e)
try:
    F.cross_entropy(logits, soft[:, :2])
except Exception as e:
    print(type(e).__name__, e)
