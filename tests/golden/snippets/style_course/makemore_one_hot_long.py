# F.one_hot returns int64; multiplying it with a float matrix fails until .float().
import torch
import torch.nn.functional as F

xs = torch.tensor([0, 2, 1])
xenc = F.one_hot(xs, num_classes=3)
print(xenc, xenc.dtype)
W = torch.randn(3, 3, generator=torch.Generator().manual_seed(42))
try:
    xenc @ W
except RuntimeError as e:
    print(type(e).__name__, e)
print(xenc.float() @ W)
