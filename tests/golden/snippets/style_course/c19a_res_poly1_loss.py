# Poly-1 loss: cross entropy plus epsilon * (1 - p_t)
import torch
import torch.nn.functional as F
torch.manual_seed(79)
logits = torch.randn(4, 3, requires_grad=True)
labels = torch.tensor([2, 0, 1, 1])
ce = F.cross_entropy(logits, labels, reduction="none")
pt = torch.sum(F.one_hot(labels, 3) * F.softmax(logits, dim=-1), dim=-1)
poly1 = (ce + 1.0 * (1 - pt)).mean()
poly1.backward()
print(ce, pt)
print(poly1.item())
print(logits.grad.sum(dim=1))
