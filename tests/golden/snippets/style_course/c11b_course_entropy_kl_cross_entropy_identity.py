# Information theory in a course: entropy, cross-entropy and KL divergence by hand vs F.kl_div and distributions.
import torch
import torch.nn.functional as F
from torch.distributions import Categorical, kl_divergence

p = torch.tensor([0.5, 0.25, 0.125, 0.125])
q = torch.tensor([0.25, 0.25, 0.25, 0.25])
H_p = -(p * p.log2()).sum()
H_pq = -(p * q.log2()).sum()
KL = (p * (p / q).log2()).sum()
print(H_p, H_pq, KL, H_pq - H_p)
print(-(p * p.log()).sum(), Categorical(probs=p).entropy())
print(kl_divergence(Categorical(probs=p), Categorical(probs=q)), (p * (p / q).log()).sum())
print(F.kl_div(q.log(), p, reduction="sum"), F.kl_div(q.log(), p, reduction="batchmean"))
print(F.kl_div(q.log().unsqueeze(0), p.unsqueeze(0), reduction="batchmean"))
print(F.kl_div(q.log(), p.log(), reduction="sum", log_target=True))
logits = torch.tensor([[2.0, 1.0, 0.1, -1.0]], requires_grad=True)
loss = F.cross_entropy(logits, p.unsqueeze(0))
loss.backward()
print(loss, logits.grad, F.softmax(logits, 1) - p)
