# Q: per-pixel class probabilities for segmentation logits (N, C, H, W): which dim? And the implicit-dim warning.
import torch
import torch.nn.functional as F

torch.manual_seed(1)
logits = torch.randn(2, 3, 2, 2)
probs = F.softmax(logits, dim=1)
print(probs.sum(dim=1))
print(F.softmax(logits, dim=-1).sum(dim=1)[0])
implicit = F.softmax(logits)
print(torch.equal(implicit, probs))
v = torch.tensor([1.0, 2.0, 3.0])
print(F.softmax(v), F.log_softmax(v.unsqueeze(0)))
mask = probs.argmax(dim=1)
print(mask.shape, mask.dtype)
target = torch.randint(0, 3, (2, 2, 2))
print(F.cross_entropy(logits, target).item() == F.nll_loss(F.log_softmax(logits, 1), target).item())
print((mask == target).float().mean())
print(torch.nn.Softmax(dim=1)(logits).shape, torch.nn.Softmax2d()(logits).equal(probs))
