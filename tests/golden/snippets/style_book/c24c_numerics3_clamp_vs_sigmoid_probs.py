# Section 6.11: keeping probabilities away from 0 and 1
import torch

eps = torch.finfo(torch.float32).eps
p = torch.tensor([0.0, 1e-9, 0.5, 1.0])
q = p.clamp(eps, 1 - eps)
print(q)
print(1 - q)
print(torch.log(q).round(decimals=3))
print(torch.special.logit(p, eps=1e-6).round(decimals=3))
