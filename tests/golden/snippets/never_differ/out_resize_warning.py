import torch

a = torch.tensor([1.0, 2.0])
c = torch.zeros(3)
torch.add(a, a, out=c)
print(c, c.shape)
