# FixMatch-style pseudo-labels: confidence threshold mask on the weak view
import torch
import torch.nn.functional as F
torch.manual_seed(84)
weak_logits = torch.randn(6, 3) * 3
strong_logits = torch.randn(6, 3, requires_grad=True)
probs = torch.softmax(weak_logits.detach(), dim=-1)
max_p, pseudo = probs.max(dim=-1)
mask = max_p.ge(0.9).float()
loss = (F.cross_entropy(strong_logits, pseudo, reduction="none") * mask).mean()
loss.backward()
print(max_p)
print(pseudo, mask)
print(loss.item(), strong_logits.grad.abs().sum(dim=1))
