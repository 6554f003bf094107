# binary cross-entropy with logits: naive vs stable vs library
import torch
import torch.nn.functional as F

z = torch.tensor([-100.0, -2.0, 0.0, 3.0, 100.0], requires_grad=True)
y = torch.tensor([1.0, 0.0, 1.0, 1.0, 0.0])
p = torch.sigmoid(z)
naive = -(y * torch.log(p) + (1 - y) * torch.log(1 - p))
stable = torch.clamp(z, min=0) - z * y + torch.log1p(torch.exp(-z.abs()))
lib = F.binary_cross_entropy_with_logits(z, y, reduction="none")
print(naive)
print(stable)
print(lib)
g, = torch.autograd.grad(lib.sum(), z)
print(g, p - y)
