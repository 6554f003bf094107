import torch

x = torch.zeros(4, 3, 2)
print(len(x), x.size(), x.size(1), x.shape[-1], x.numel(), x.dim(), x.ndim)
print(x.size(-3), tuple(x.shape), list(x.shape))
try:
    x.size(3)
except Exception as e:
    print(type(e).__name__, e)
print(torch.Size([4, 3]).numel(), x.shape == (4, 3, 2), x.shape[1:])
