# label smoothing by hand vs cross_entropy(label_smoothing=)
import torch
import torch.nn.functional as F

torch.manual_seed(15)
logits = torch.randn(3, 4)
y = torch.tensor([0, 3, 2])
eps = 0.1
logp = logits.log_softmax(-1)
target = torch.full_like(logp, eps / 4)
target[torch.arange(3), y] += 1 - eps
mine = -(target * logp).sum(-1).mean()
print(mine)
print(F.cross_entropy(logits, y, label_smoothing=0.1))
print(F.cross_entropy(logits, target))
