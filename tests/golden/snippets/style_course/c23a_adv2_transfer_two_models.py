# Transferability: craft FGSM on a surrogate, evaluate on a second model
import torch
import torch.nn.functional as F

surrogate = torch.tensor([[1.0, -1.0], [-1.0, 1.0]])
target = torch.tensor([[0.8, -1.2], [-0.9, 1.1]])
X = torch.tensor([[0.6, 0.4], [0.3, 0.8], [0.55, 0.5], [0.1, 0.2]])
Y = torch.tensor([0, 1, 0, 1])
Xr = X.clone().requires_grad_()
F.cross_entropy(Xr @ surrogate, Y).backward()
adv = (X + 0.1 * Xr.grad.sign()).clamp(0, 1)
for name, W in (("surrogate", surrogate), ("target", target)):
    clean = ((X @ W).argmax(1) == Y).sum().item()
    fooled = ((adv @ W).argmax(1) == Y).sum().item()
    print(name, clean, fooled)
print(adv)
