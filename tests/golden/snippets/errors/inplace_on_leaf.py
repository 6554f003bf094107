import torch

w = torch.tensor([1., 2.], requires_grad=True)
try:
    w += 1
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    w.mul_(2)
except RuntimeError as e:
    print(e)
w[0] = 5.
