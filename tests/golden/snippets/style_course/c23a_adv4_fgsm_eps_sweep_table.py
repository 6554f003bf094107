# An epsilon sweep table: accuracy of a fixed linear classifier under FGSM as epsilon grows
import torch
import torch.nn.functional as F

W = torch.tensor([[1.5, -0.5], [-1.0, 1.0], [0.2, 0.3]])
X = torch.tensor([[0.8, 0.1], [0.2, 0.9], [0.5, 0.5], [0.9, 0.3], [0.1, 0.4]])
Y = torch.tensor([0, 1, 2, 0, 1])
Xg = X.clone().requires_grad_()
F.cross_entropy(Xg @ W.T, Y).backward()
print("eps  acc")
for eps in torch.arange(0, 0.5, 0.1):
    adv = (X + eps * Xg.grad.sign()).clamp(0, 1)
    acc = ((adv @ W.T).argmax(1) == Y).float().mean()
    print(f"{eps.item():.1f}  {acc.item():.2f}")
