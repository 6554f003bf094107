# torch.cov (correction, fweights, aweights) and torch.corrcoef
import torch

x = torch.tensor([[0, 2], [1, 1], [2, 0]]).T
print(x)
print(torch.cov(x))
print(torch.cov(x, correction=0))
fw = torch.tensor([3, 1, 2])
aw = torch.tensor([0.4, 0.2, 0.6])
print(torch.cov(x, fweights=fw, aweights=aw))
torch.manual_seed(0)
y = torch.randn(2, 4)
print(torch.corrcoef(y))
