# Focal loss for dense detection (gamma=2, alpha=0.25) from logits, printed rounded.
import torch
import torch.nn.functional as F

logits = torch.tensor([3.0, -1.0, 0.5, -4.0], requires_grad=True)
target = torch.tensor([1.0, 1.0, 0.0, 0.0])
p = torch.sigmoid(logits)
ce = F.binary_cross_entropy_with_logits(logits, target, reduction="none")
p_t = p * target + (1 - p) * (1 - target)
alpha_t = 0.25 * target + 0.75 * (1 - target)
loss = (alpha_t * (1 - p_t) ** 2 * ce).mean()
loss.backward()
print(round(loss.item(), 5))
print(ce.detach().round(decimals=4))
print(logits.grad.round(decimals=4))
