# Section 6.9: naive BCE on sigmoid vs binary_cross_entropy_with_logits
import torch
import torch.nn.functional as F

z = torch.tensor([-100.0, 0.0, 100.0])
y = torch.tensor([1.0, 1.0, 0.0])
p = torch.sigmoid(z)
print(F.binary_cross_entropy(p, y, reduction="none"))
print(F.binary_cross_entropy_with_logits(z, y, reduction="none"))
print(F.softplus(torch.tensor([-100.0, 100.0])))
