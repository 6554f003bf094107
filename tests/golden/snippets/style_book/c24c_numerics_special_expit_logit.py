# Section 7.1: expit and logit are inverses (mostly)
import torch

x = torch.tensor([-20.0, -1.0, 0.0, 1.0, 20.0])
p = torch.special.expit(x)
print(p)
print(torch.special.logit(p))
print(torch.special.logit(torch.tensor([0.0, 0.5, 1.0])))
print(torch.special.logit(torch.tensor([0.0, 1.0]), eps=1e-6))
print(torch.equal(torch.special.expit(x), torch.sigmoid(x)))
