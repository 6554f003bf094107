import torch

torch.manual_seed(8)
h = torch.randn(7, 3)
batch = torch.tensor([0, 0, 1, 1, 1, 2, 2])
s = torch.zeros(3, 3).index_add_(0, batch, h)
m = torch.zeros(3, 3).index_reduce_(0, batch, h, 'amax', include_self=False)
print(s)
print(m)
readout = torch.cat([s, m], dim=1)
print(readout.shape)
