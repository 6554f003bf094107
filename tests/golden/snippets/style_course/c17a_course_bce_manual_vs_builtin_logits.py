# Binary cross-entropy written by hand against the built-ins (and the stable form)
import torch
import torch.nn.functional as F

z = torch.tensor([-3.0, -0.5, 0.0, 2.0, 8.0], requires_grad=True)
y = torch.tensor([0.0, 1.0, 1.0, 0.0, 1.0])
p = torch.sigmoid(z)
manual = -(y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean()
stable = (torch.clamp(z, min=0) - z * y + torch.log1p(torch.exp(-z.abs()))).mean()
builtin = F.binary_cross_entropy_with_logits(z, y)
print(manual, stable, builtin)
print(F.binary_cross_entropy(p, y))
builtin.backward()
print(z.grad, (p - y) / 5)
