# Q: gather vs indexing vs one-hot multiply to pick per-row values; scatter_ to build the one-hot back.
import torch

torch.manual_seed(1)
logp = torch.randn(4, 5).log_softmax(1)
y = torch.tensor([3, 0, 4, 1])
a = logp.gather(1, y.unsqueeze(1)).squeeze(1)
b = logp[torch.arange(4), y]
c = (logp * torch.nn.functional.one_hot(y, 5)).sum(1)
print(a)
print(torch.equal(a, b), torch.allclose(a, c))
oh = torch.zeros(4, 5).scatter_(1, y.unsqueeze(1), 1.0)
print(oh)
print(torch.zeros(4, 5).scatter(1, y.unsqueeze(1), torch.tensor([[7.0], [8.0], [9.0], [6.0]])))
try:
    logp.gather(1, y)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    logp.gather(1, y.unsqueeze(1).float())
except RuntimeError as e:
    print("RuntimeError:", e)
src = torch.arange(1.0, 11.0).view(2, 5)
idx = torch.tensor([[0, 1, 2, 0, 0], [2, 0, 0, 1, 2]])
print(torch.zeros(3, 5).scatter_(0, idx, src))
print(torch.zeros(3, 5).scatter_add_(0, idx, src))
