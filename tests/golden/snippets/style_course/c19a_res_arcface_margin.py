# additive angular margin (ArcFace-style) logits
import torch
import torch.nn.functional as F
torch.manual_seed(47)
emb = F.normalize(torch.randn(4, 3), dim=1)
W = F.normalize(torch.randn(5, 3), dim=1)
labels = torch.tensor([0, 4, 2, 2])
cos = emb @ W.t()
theta = torch.acos(cos.clamp(-1 + 1e-7, 1 - 1e-7))
target_logit = torch.cos(theta + 0.5)
one_hot = F.one_hot(labels, 5).bool()
logits = 30.0 * torch.where(one_hot, target_logit, cos)
print(logits[0])
print(F.cross_entropy(logits, labels).item())
