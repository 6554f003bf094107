# Numerical stability chapter: naive log-sum-exp overflows, the max trick and torch.logsumexp do not.
import torch

x = torch.tensor([1000.0, 1001.0, 1002.0])
naive = torch.log(torch.exp(x).sum())
m = x.max()
stable = m + torch.log(torch.exp(x - m).sum())
print(naive, stable, torch.logsumexp(x, dim=0))
small = torch.tensor([-1000.0, -1001.0])
print(torch.log(torch.exp(small).sum()), torch.logsumexp(small, 0))
y = torch.randn(3, 5, dtype=torch.float64) * 50
print(torch.logsumexp(y, dim=1))
print(y.max(1).values + (y - y.max(1, keepdim=True).values).exp().sum(1).log())
h = torch.tensor([0.0, 0.0, 0.0, 0.0], dtype=torch.float32)
print(torch.logsumexp(h, 0), torch.log(torch.tensor(4.0)))
inf = torch.tensor([float("-inf"), float("-inf")])
print(torch.logsumexp(inf, 0))
print(torch.logsumexp(torch.tensor([float("inf"), 1.0]), 0))
x.requires_grad_()
torch.logsumexp(x, 0).backward()
print(x.grad, torch.softmax(x.detach(), 0))
