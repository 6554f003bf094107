# Proper scoring rules for a 3-class classifier: Brier score and NLL
import torch
import torch.nn.functional as F

probs = torch.tensor([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8], [0.3, 0.4, 0.3]])
y = torch.tensor([0, 2, 0])
onehot = F.one_hot(y, 3).float()
brier = ((probs - onehot) ** 2).sum(1).mean()
nll = F.nll_loss(probs.log(), y)
print(onehot)
print(round(brier.item(), 4), round(nll.item(), 4))
print(probs.max(1))
print((probs.argmax(1) == y).float().mean())
