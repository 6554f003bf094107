import torch

e = torch.empty(2, 3)
print(e.shape, e.dtype)
e = torch.empty((4,), dtype=torch.int64)
print(e.shape, e.dtype, e.numel())
e = torch.empty(0)
print(e)
print(torch.empty(2, 0))
