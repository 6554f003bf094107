import torch
import torch.nn.functional as F

torch.manual_seed(18)
u = torch.randn(4, 3, requires_grad=True)
items = torch.randn(4, 3)
logits = u @ items.t()
labels = torch.arange(4)
loss = F.cross_entropy(logits, labels)
print(logits.diag())
print(loss)
loss.backward()
print(u.grad.norm(dim=1))
tau = 0.1
print(F.cross_entropy(logits / tau, labels).item() > 0)
