# binary focal loss built on BCE-with-logits
import torch
import torch.nn.functional as F
torch.manual_seed(22)
logits = torch.randn(6, requires_grad=True)
targets = torch.tensor([1.0, 0.0, 0.0, 1.0, 0.0, 0.0])
gamma, alpha = 2.0, 0.25
bce = F.binary_cross_entropy_with_logits(logits, targets, reduction="none")
p_t = torch.exp(-bce)
alpha_t = alpha * targets + (1 - alpha) * (1 - targets)
focal = (alpha_t * (1 - p_t) ** gamma * bce).mean()
focal.backward()
print(bce)
print(focal.item())
print(logits.grad)
