# Why softmax subtracts the max: a naive float32 softmax overflows; logsumexp and log_softmax do not.
import torch
import torch.nn.functional as F

x = torch.tensor([1000.0, 1001.0, 1002.0])
naive = torch.exp(x) / torch.exp(x).sum()
print(torch.exp(x), naive)
shifted = torch.exp(x - x.max())
print(shifted / shifted.sum())
print(F.softmax(x, dim=0))
print(torch.logsumexp(x, dim=0), x.max() + torch.log(torch.exp(x - x.max()).sum()))
print(F.log_softmax(x, dim=0))
small = torch.tensor([-1000.0, -999.0])
print(torch.log(F.softmax(small, 0)), F.log_softmax(small, 0))
m = torch.tensor([[1.0, 2.0, 3.0], [1.0, 1.0, float("-inf")]])
print(F.softmax(m, dim=1))
print(F.softmax(torch.full((3,), float("-inf")), 0))
print(torch.logsumexp(torch.tensor([[0.0, 0.0], [1.0, 2.0]]), dim=1, keepdim=True))
x64 = x.double()
print(torch.exp(x64 - 1000) / torch.exp(x64 - 1000).sum())
print(F.softmax(torch.tensor([1, 2, 3]).float() / 0.01, 0))
