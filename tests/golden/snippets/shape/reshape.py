import torch

t = torch.arange(12.)
print(t.reshape(3, 4))
print(t.reshape(2, -1, 3).shape)
print(torch.reshape(t, (4, 3)))
print(t.reshape(-1, 2).shape)
m = t.reshape(3, 4).t()
print(m.is_contiguous(), m.reshape(-1))
