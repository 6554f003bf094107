# F.one_hot gives int64; it must be cast to float before the matrix multiply
import torch
import torch.nn.functional as F

xs = torch.tensor([0, 3, 1])
enc = F.one_hot(xs, num_classes=4)
print(enc, enc.dtype, enc.shape)
W = torch.randn(4, 4, generator=torch.Generator().manual_seed(2147483647))
try:
    enc @ W
except RuntimeError as e:
    print(e)
logits = enc.float() @ W
print(logits)
print(torch.equal(logits, W[xs]))
print(F.one_hot(torch.tensor([[1, 2], [0, 0]])).shape)
