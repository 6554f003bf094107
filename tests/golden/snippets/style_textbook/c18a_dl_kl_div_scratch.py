# KL divergence from scratch versus F.kl_div (which wants log-probabilities as input)
import torch
import torch.nn.functional as F

p = torch.tensor([[0.1, 0.2, 0.7], [0.3, 0.3, 0.4]])
q = torch.tensor([[0.2, 0.2, 0.6], [0.1, 0.5, 0.4]])
kl_manual = (p * (p / q).log()).sum(-1)
print(kl_manual)
print(F.kl_div(q.log(), p, reduction="none").sum(-1))
print(F.kl_div(q.log(), p, reduction="batchmean"))
print(F.kl_div(q.log(), p.log(), reduction="sum", log_target=True))
print(F.kl_div(q.log(), p))
