# Hand-written losses with torch.log/torch.exp: BCE, log-sum-exp cross-entropy, KL, hinge, all printed with .item().
import torch
import torch.nn.functional as F

torch.manual_seed(30)
logits = torch.randn(6, 4)
target = torch.tensor([0, 3, 1, 1, 2, 0])
m = logits.max(dim=1, keepdim=True).values
lse = m.squeeze(1) + torch.log(torch.exp(logits - m).sum(dim=1))
ce = (lse - logits[torch.arange(6), target]).mean()
print(ce.item(), F.cross_entropy(logits, target).item())
naive = -torch.log(torch.exp(logits[torch.arange(6), target]) / torch.exp(logits).sum(1)).mean()
print(naive.item())
p = torch.sigmoid(torch.randn(8))
y = torch.tensor([1.0, 0.0, 1.0, 1.0, 0.0, 0.0, 1.0, 0.0])
bce = -(y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean()
print(bce.item(), F.binary_cross_entropy(p, y).item())
z = torch.randn(8)
stable = (torch.clamp(z, min=0) - z * y + torch.log1p(torch.exp(-z.abs()))).mean()
print(stable.item(), F.binary_cross_entropy_with_logits(z, y).item())
P = torch.softmax(torch.randn(5), 0)
Q = torch.softmax(torch.randn(5), 0)
kl = (P * (torch.log(P) - torch.log(Q))).sum()
print(kl.item(), F.kl_div(Q.log(), P, reduction="sum").item())
entropy = -(P * torch.log2(P)).sum()
print(entropy.item())
scores = torch.randn(6, 4)
margins = torch.clamp(1 + scores - scores[torch.arange(6), target].unsqueeze(1), min=0)
margins[torch.arange(6), target] = 0
print(margins.sum(1).mean().item(), F.multi_margin_loss(scores, target).item() * 4)
print(torch.log(torch.tensor(0.0)).item(), torch.exp(torch.tensor(100.0)).item())
