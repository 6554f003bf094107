import torch

t = torch.tensor([1, 2])
try:
    t ** -1
except RuntimeError as e:
    print(type(e).__name__, e)
print(t ** -1.0)
print(t.float() ** -1)
torch.pow(t, -2)
