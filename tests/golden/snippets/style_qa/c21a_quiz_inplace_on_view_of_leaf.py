# Quiz: writing into a slice of a leaf that requires grad.
import torch

x = torch.zeros(4, requires_grad=True)
try:
    x[0] = 1.0
except RuntimeError as e:
    print(type(e).__name__, e)
v = x[:2]
try:
    v.add_(1)
except RuntimeError as e:
    print(type(e).__name__, e)
