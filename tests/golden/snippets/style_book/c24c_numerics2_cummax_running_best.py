# Section 8.12: running best loss during training
import torch

losses = torch.tensor([0.9, 0.7, 0.8, 0.5, 0.6, 0.4])
best, where = torch.cummin(losses, dim=0)
print(best, where)
print(torch.cummax(-losses, 0).values)
print((losses == best).nonzero().flatten())
print(torch.logcumsumexp(torch.log(torch.tensor([1.0, 2.0, 3.0])), 0).exp().round(decimals=4))
