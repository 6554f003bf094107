# InfoNCE / NT-Xent style loss with cosine similarities and temperature
import torch
import torch.nn.functional as F
torch.manual_seed(17)
z1 = F.normalize(torch.randn(4, 8), dim=1)
z2 = F.normalize(z1 + 0.1 * torch.randn(4, 8), dim=1)
z1.requires_grad_()
tau = 0.5
logits = z1 @ z2.T / tau
labels = torch.arange(4)
loss = F.cross_entropy(logits, labels)
loss.backward()
print(logits.diag())
print(loss.item())
print(z1.grad.norm(dim=1))
