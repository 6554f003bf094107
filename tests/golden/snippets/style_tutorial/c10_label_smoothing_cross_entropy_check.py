# CrossEntropyLoss(label_smoothing=...) against the formula written out by hand, with ignore_index.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(4)
logits = torch.randn(5, 4, requires_grad=True)
target = torch.tensor([0, 3, 1, 1, 2])
eps = 0.1
loss = nn.CrossEntropyLoss(label_smoothing=eps)(logits, target)
logp = F.log_softmax(logits, dim=1)
nll = -logp.gather(1, target[:, None]).squeeze(1)
smooth = -logp.mean(dim=1)
manual = ((1 - eps) * nll + eps * smooth).mean()
print(loss, manual)
print(torch.allclose(loss, manual))
loss.backward()
print(logits.grad)
soft = torch.full((5, 4), eps / 4)
soft[torch.arange(5), target] += 1 - eps
print(F.cross_entropy(logits, soft), F.cross_entropy(logits, soft, label_smoothing=0.0))
t2 = torch.tensor([0, -100, 1, 1, 2])
print(F.cross_entropy(logits, t2, label_smoothing=0.2))
print(F.cross_entropy(logits, t2, label_smoothing=0.2, reduction="none"))
try:
    nn.CrossEntropyLoss(label_smoothing=1.5)(logits, target)
except RuntimeError as e:
    print("RuntimeError:", e)
