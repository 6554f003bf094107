# Cross-entropy with class indices versus with one-hot (probability) targets
import torch
import torch.nn.functional as F

torch.manual_seed(16)
logits = torch.randn(3, 4)
y = torch.tensor([1, 3, 0])
hard = F.cross_entropy(logits, y)
soft = F.cross_entropy(logits, F.one_hot(y, 4).float())
print(hard, soft)
mixed = 0.7 * F.one_hot(y, 4).float() + 0.3 / 4
print(F.cross_entropy(logits, mixed))
print(-(mixed * F.log_softmax(logits, 1)).sum(1).mean())
try:
    F.cross_entropy(logits, F.one_hot(y, 4))
except RuntimeError as e:
    print(e)
