# Q: torch.empty gives garbage values; check only shape and dtype.
import torch

e = torch.empty(2, 3)
print(e.shape, e.dtype, e.requires_grad)
e.fill_(0.25)
print(e)
z = torch.empty_like(torch.ones(4, dtype=torch.int32))
print(z.shape, z.dtype)
print(torch.empty(0).numel(), torch.empty(3, 0).shape, torch.empty((2,)).dim())
