# Q: zeroing negatives with x[x < 0] = 0 on a tensor that needs grad; masked_fill and bool counts.
import torch

torch.manual_seed(53)
w = torch.randn(6, requires_grad=True)
h = w * 2
mask = h < 0
print(mask, mask.dtype, mask.sum(), mask.sum().dtype)
h[mask] = 0
print(h.grad_fn)
h.sum().backward()
print(w.grad)
try:
    w[w < 0] = 0
except RuntimeError as e:
    print(e)
m2 = (w * 2).masked_fill(w < 0, 0.0)
print(m2, m2.grad_fn)
print(torch.count_nonzero(m2), m2[m2 > 0], (w > 0).any(), (w > 5).all())
print(w[mask], w[~mask].shape, torch.nonzero(mask).squeeze(1))
