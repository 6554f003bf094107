import torch

t = torch.arange(6.)
s = t[1:4]
s[0] = -1
print(t)
row = t.view(2, 3)[1]
row *= 10
print(t)
picked = t[[0, 1]]
picked[0] = 999
print(t)
