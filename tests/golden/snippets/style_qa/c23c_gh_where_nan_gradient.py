# Issue: "torch.where returns NaN gradient although the masked branch is never selected".
import torch

dist2 = torch.tensor([0.0, 9.0, -4.0], requires_grad=True)
picked = torch.where(dist2 > 0, dist2.sqrt(), dist2.new_zeros(()))
(g_bad,) = torch.autograd.grad(picked.sum(), dist2)
print(picked.detach(), g_bad)
inner = dist2.masked_fill(dist2 <= 0, 1.0)
picked2 = torch.where(dist2 > 0, inner.sqrt(), dist2.new_zeros(()))
(g_ok,) = torch.autograd.grad(picked2.sum(), dist2)
print(picked2.detach(), g_ok)
