import torch

t = torch.tensor([1, 2, 3])
try:
    t[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    torch.zeros(2, 3)[0, 5]
except IndexError as e:
    print(e)
try:
    t[-4]
except IndexError as e:
    print(e)
t[[0, 7]]
