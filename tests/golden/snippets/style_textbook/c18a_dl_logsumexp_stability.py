# Numerical stability: log(sum(exp)) overflows, logsumexp does not
import torch

o = torch.tensor([[-1000.0, -999.0, -998.0], [88.0, 89.0, 90.0]])
naive = torch.log(torch.exp(o).sum(dim=1))
print("naive:", naive)
c = o.max(dim=1, keepdim=True).values
stable = c.squeeze(1) + torch.log(torch.exp(o - c).sum(dim=1))
print("shifted:", stable)
print("builtin:", torch.logsumexp(o, dim=1))
print(torch.finfo(torch.float32).max, torch.exp(torch.tensor(88.7)), torch.exp(torch.tensor(88.8)))
