# Issue: "gradient of a reduction over an empty tensor", mean of empty is NaN.
import torch

e = torch.zeros(0, requires_grad=True)
s = e.sum()
s.backward()
print(s, e.grad, e.grad.shape)
m = torch.zeros(0, 3, requires_grad=True)
print(m.mean(), m.mean(dim=0))
try:
    m.max()
except (RuntimeError, IndexError) as err:
    print(type(err).__name__, err)
