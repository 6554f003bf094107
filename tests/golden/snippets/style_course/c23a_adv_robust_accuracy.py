# Clean vs robust accuracy with a fixed-weight classifier
import torch
import torch.nn.functional as F

W = torch.tensor([[2.0, 0.0], [0.0, 2.0]])
X = torch.tensor([[0.9, 0.1], [0.2, 0.7], [0.55, 0.45], [0.3, 0.35]])
Y = torch.tensor([0, 1, 0, 1])
Xr = X.clone().requires_grad_(True)
logits = Xr @ W
F.cross_entropy(logits, Y, reduction="sum").backward()
clean = (logits.argmax(1) == Y).float().mean()
for eps in (0.05, 0.1, 0.3):
    adv = (X + eps * Xr.grad.sign()).clamp(0, 1)
    robust = ((adv @ W).argmax(1) == Y).float().mean()
    print(f"eps={eps}: clean {clean.item():.2f} robust {robust.item():.2f}")
print(Xr.grad.sign())
