# Q: a warning about x.T on my batch of matrices: use mT or transpose(-2, -1) for batched transposes.
import torch

x = torch.arange(24.0).reshape(2, 3, 4)
t = x.T
print(t.shape)
print(x.mT.shape, x.transpose(-2, -1).shape, x.permute(0, 2, 1).shape)
print(torch.equal(x.mT, x.transpose(1, 2)))
m = torch.arange(6.0).reshape(2, 3)
print(m.T.shape, m.t().shape, m.mT.shape, m.H.shape)
v = torch.arange(3.0)
print(v.T.shape, v.t().shape)
try:
    v.mT
except RuntimeError as e:
    print(e)
print((x @ x.mT).shape)
