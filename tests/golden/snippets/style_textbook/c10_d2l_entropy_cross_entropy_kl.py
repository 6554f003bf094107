# Information theory: entropy, cross-entropy and KL divergence, checking H(p, q) = H(p) + KL(p || q).
import torch
import torch.nn.functional as F
from torch.distributions import Categorical, kl_divergence

def entropy(p):
    return -(p * torch.log2(p)).sum()

def cross_entropy(p, q):
    return -(p * torch.log2(q)).sum()

def kl(p, q):
    return (p * torch.log2(p / q)).sum()

p = torch.tensor([0.1, 0.2, 0.3, 0.4])
q = torch.tensor([0.25, 0.25, 0.25, 0.25])
print(entropy(p), entropy(q))
print(cross_entropy(p, q), entropy(p) + kl(p, q))
print(kl(p, q), kl(q, p))
print(torch.allclose(cross_entropy(p, q), entropy(p) + kl(p, q)))
P, Q = Categorical(probs=p), Categorical(probs=q)
print(P.entropy(), kl_divergence(P, Q), kl_divergence(Q, P))
print(F.kl_div(q.log(), p, reduction="sum"))
labels = torch.tensor([0, 2])
preds = torch.tensor([[0.1, 0.3, 0.6], [0.2, 0.5, 0.3]])
print(-torch.log(preds[range(len(preds)), labels]).mean())
print(F.nll_loss(torch.log(preds), labels))
y = torch.tensor([1.0, 0.0, 1.0])
yh = torch.tensor([0.9, 0.2, 0.6])
print(F.binary_cross_entropy(yh, y), -(y * yh.log() + (1 - y) * (1 - yh).log()).mean())
print(torch.special.xlogy(torch.tensor([0.0, 2.0]), torch.tensor([0.0, 3.0])))
