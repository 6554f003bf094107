import torch

x = torch.zeros(1, 3, 1, 2)
print(x.squeeze((0, 2)).shape, x.squeeze(1).shape, x.squeeze(-2).shape)
try:
    x.unsqueeze(5)
except Exception as e:
    print(type(e).__name__, e)
print(x.unsqueeze(-1).shape, x.unsqueeze(4).shape)
try:
    x.squeeze(4)
except Exception as e:
    print(type(e).__name__, e)
print(torch.zeros(1).squeeze().shape, torch.zeros(1).squeeze().dim())
