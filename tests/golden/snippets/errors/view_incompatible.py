import torch

t = torch.arange(6)
try:
    t.view(4)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    t.view(-1, 4)
except RuntimeError as e:
    print(e)
t.view(2, 3).t().view(6)
