import torch

t = torch.arange(10)
print(t[2:5])
print(t[:3], t[7:])
print(t[::2])
print(t[1:8:3])
print(t[-3:])
print(t[5:2])
m = t.reshape(2, 5)
print(m[:, 0])
print(m[:, 1:3])
print(m[1, ::2])
