import torch

s = torch.tensor(5.)
try:
    s[0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    torch.zeros(2)[0, 0]
except IndexError as e:
    print(e)
torch.zeros(3)[torch.tensor([True, False])]
