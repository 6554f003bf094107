import torch

t = torch.arange(5)
print(t[10:])
print(t[-100:2])
print(t[:0].shape)
print(t[t > 10])
print(torch.zeros(2, 3)[:, 5:].shape)
