# Label smoothing in CrossEntropyLoss versus the hand formula
import torch
import torch.nn as nn

torch.manual_seed(2)
logits = torch.randn(4, 5)
target = torch.tensor([1, 0, 4, 2])
eps = 0.1
ls = nn.CrossEntropyLoss(label_smoothing=eps)(logits, target)
logp = logits.log_softmax(-1)
smooth = torch.full_like(logp, eps / 5)
smooth[torch.arange(4), target] += 1 - eps
manual = -(smooth * logp).sum(-1).mean()
print(f"{ls.item():.6f} {manual.item():.6f}")
print(torch.isclose(ls, manual))
