# F.cross_entropy equals -log_softmax picked at the target, and NLL of softmax
import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0], [0.0, 0.0, 3.0]])
target = torch.tensor([0, 1])
ce = F.cross_entropy(logits, target)
manual = -F.log_softmax(logits, dim=1)[torch.arange(2), target].mean()
print(ce, manual)
print(F.nll_loss(torch.log(F.softmax(logits, 1)), target))
soft = torch.tensor([[0.8, 0.1, 0.1], [0.0, 0.5, 0.5]])
print(F.cross_entropy(logits, soft))
print(-(soft * F.log_softmax(logits, 1)).sum(1).mean())
