import torch

t = torch.tensor([1., 2.])
try:
    bool(t)
except RuntimeError as e:
    print(type(e).__name__, e)
if t > 0:
    print("unreachable")
