# Exercise: cross-entropy from logits by hand vs F.cross_entropy
import torch
import torch.nn.functional as F

torch.manual_seed(1)
logits = torch.randn(4, 3)
target = torch.tensor([0, 2, 1, 2])
log_probs = logits - logits.logsumexp(dim=1, keepdim=True)
manual = -log_probs[torch.arange(4), target].mean()
print(manual)
print(F.cross_entropy(logits, target))
print(F.nll_loss(F.log_softmax(logits, dim=1), target, reduction="sum"))
