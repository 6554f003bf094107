# Lecture: log(sum(exp(x))) overflows, logsumexp does not.
import torch

x = torch.tensor([1000.0, 1000.5, 999.0])
naive = torch.log(torch.exp(x).sum())
print(naive)
print(torch.logsumexp(x, dim=0))
m = x.max()
print(m + torch.log(torch.exp(x - m).sum()))
y = torch.tensor([-1000.0, -1001.0])
print(torch.log(torch.exp(y).sum()), torch.logsumexp(y, 0))
z = torch.randn(3, 4, generator=torch.Generator().manual_seed(7))
print(torch.logsumexp(z, dim=1))
print(torch.logsumexp(z, dim=1, keepdim=True).shape)
print((z.exp().sum(1)).log())
