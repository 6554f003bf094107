# Session pooling with scatter_reduce: mean and max per session
import torch

session = torch.tensor([0, 0, 1, 2, 2, 2])
vals = torch.tensor([1.0, 3.0, 5.0, 2.0, 8.0, 4.0])
out = torch.zeros(3)
print(out.scatter_reduce(0, session, vals, reduce='mean', include_self=False))
print(out.scatter_reduce(0, session, vals, reduce='amax', include_self=False))
print(torch.full((3,), 10.0).scatter_reduce(0, session, vals, reduce='amin'))
print(out.scatter_reduce(0, session, vals, reduce='sum'))
try:
    out.scatter_reduce(0, session, vals, reduce='avg')
except RuntimeError as e:
    print(e)
