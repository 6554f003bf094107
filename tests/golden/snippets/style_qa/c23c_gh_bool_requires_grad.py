# Issue: "comparison result has no grad": bool tensors and float conversion.
import torch

x = torch.tensor([0.5, 1.5], requires_grad=True)
mask = x > 1
print(mask.requires_grad, mask.dtype, mask.grad_fn)
try:
    mask.requires_grad_()
except RuntimeError as e:
    print(e)
soft = torch.sigmoid((x - 1) * 10)
soft.sum().backward()
print(x.grad.round(decimals=4))
