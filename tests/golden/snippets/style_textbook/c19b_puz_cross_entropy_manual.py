# Puzzle: cross entropy with logsumexp and gather, compared with F.cross_entropy
import torch
import torch.nn.functional as F

logits = torch.tensor([[1.0, 2.0, 0.5], [0.3, -1.0, 2.2], [0.0, 0.0, 0.0]])
target = torch.tensor([1, 2, 0])
lse = logits.logsumexp(dim=1)
picked = logits.gather(1, target[:, None]).squeeze(1)
print(lse - picked)
print(F.cross_entropy(logits, target, reduction="none"))
print((lse - picked).mean(), F.cross_entropy(logits, target))
print(torch.allclose(lse - picked, F.cross_entropy(logits, target, reduction="none")))
