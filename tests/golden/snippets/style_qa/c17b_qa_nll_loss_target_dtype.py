# Q: cross_entropy complains about my target dtype
import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]])
target = torch.tensor([0.0, 2.0])
try:
    F.nll_loss(F.log_softmax(logits, dim=1), target)
except RuntimeError as e:
    print(e)
print(F.cross_entropy(logits, target.long()))
try:
    F.cross_entropy(logits, torch.tensor([0, 3]))
except IndexError as e:
    print(e)
