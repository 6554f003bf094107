# focal loss from scratch vs torchvision-free reference formula
import torch
import torch.nn.functional as F

torch.manual_seed(87)
logits = torch.randn(6, requires_grad=True)
targets = torch.tensor([1.0, 0.0, 1.0, 0.0, 0.0, 1.0])
p = torch.sigmoid(logits)
ce = F.binary_cross_entropy_with_logits(logits, targets, reduction="none")
p_t = p * targets + (1 - p) * (1 - targets)
alpha_t = 0.25 * targets + 0.75 * (1 - targets)
focal = (alpha_t * (1 - p_t) ** 2 * ce).mean()
print(ce)
print(focal)
focal.backward()
print(logits.grad)
