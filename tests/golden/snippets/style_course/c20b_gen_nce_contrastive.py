# InfoNCE contrastive loss between two augmented views
import torch
import torch.nn.functional as F

torch.manual_seed(83)
z1 = F.normalize(torch.randn(4, 8), dim=1)
z2 = F.normalize(z1 + 0.1 * torch.randn(4, 8), dim=1)
z1.requires_grad_()
logits = z1 @ z2.T / 0.1
labels = torch.arange(4)
loss = F.cross_entropy(logits, labels)
loss.backward()
print(logits.diagonal())
print(loss)
print(z1.grad.norm(dim=1))
