# label smoothing: CrossEntropyLoss(label_smoothing=...) vs manual smoothed targets
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(7)
logits = torch.randn(3, 5, requires_grad=True)
target = torch.tensor([1, 4, 0])
eps = 0.1
builtin = nn.CrossEntropyLoss(label_smoothing=eps)(logits, target)
smooth = torch.full((3, 5), eps / 5)
smooth.scatter_(1, target.unsqueeze(1), 1 - eps + eps / 5)
manual = -(smooth * F.log_softmax(logits, dim=-1)).sum(-1).mean()
print(builtin.item(), manual.item())
builtin.backward()
print(logits.grad)
