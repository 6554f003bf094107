# Section 6.3: naive log(sum(exp)) overflows, logsumexp does not
import torch

x = torch.tensor([1000.0, 1000.0, 999.0])
print(torch.log(torch.exp(x).sum()))
print(torch.logsumexp(x, dim=0))
m = x.max()
print(m + torch.log(torch.exp(x - m).sum()))
y = torch.tensor([-1000.0, -1001.0])
print(torch.log(torch.exp(y).sum()), torch.logsumexp(y, 0))
