import torch

s = torch.tensor(3.)
try:
    len(s)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for v in s:
        pass
except TypeError as e:
    print(type(e).__name__, e)
list(s)
