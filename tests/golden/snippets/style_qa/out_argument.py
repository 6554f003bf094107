# The out= argument writes into an existing tensor.
import torch

a = torch.tensor([1.0, 2.0])
b = torch.tensor([10.0, 20.0])
c = torch.empty(2)
torch.add(a, b, out=c)
print(c)
torch.mul(a, b, out=c)
print(c)
r = torch.zeros(2)
print(torch.sum(torch.stack([a, b]), dim=0, out=r) is r, r)
