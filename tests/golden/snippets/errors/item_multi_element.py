import torch

t = torch.tensor([1., 2.])
try:
    t.item()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    float(t)
except (RuntimeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
int(torch.zeros(2, 2))
