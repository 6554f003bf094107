# cross-entropy three ways, full precision
import torch
import torch.nn.functional as F

torch.manual_seed(120)
logits = torch.randn(8, 10) * 2
y = torch.randint(0, 10, (8,))
a = F.cross_entropy(logits, y)
b = F.nll_loss(F.log_softmax(logits, 1), y)
c = -(logits.log_softmax(1)[torch.arange(8), y]).mean()
d = (torch.logsumexp(logits, 1) - logits[torch.arange(8), y]).mean()
print(a.item(), b.item(), c.item(), d.item())
