# BCE by hand vs F.binary_cross_entropy and with_logits: the clamp at log(0) and large logits.
import torch
import torch.nn.functional as F

p = torch.tensor([0.0, 0.3, 0.9, 1.0])
y = torch.tensor([0.0, 1.0, 1.0, 0.0])
manual = -(y * torch.log(p) + (1 - y) * torch.log(1 - p))
print(manual)
print(F.binary_cross_entropy(p, y, reduction='none'))
logits = torch.tensor([-100.0, 0.0, 3.0, 100.0])
print(F.binary_cross_entropy_with_logits(logits, y, reduction='none'))
print(F.binary_cross_entropy(torch.sigmoid(logits), y, reduction='none'))
print(F.binary_cross_entropy_with_logits(logits, y, pos_weight=torch.tensor(2.0)))
