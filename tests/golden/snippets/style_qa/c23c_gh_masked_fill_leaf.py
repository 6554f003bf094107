# Issue: "masked_fill_ on my parameter raises" vs out-of-place masked_fill.
import torch

w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
mask = w < 0
try:
    w.masked_fill_(mask, 0.0)
except RuntimeError as e:
    print(e)
out = w.masked_fill(mask, 0.0)
out.sum().backward()
print(out, w.grad)
