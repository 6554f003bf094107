# Quiz 52: unsqueeze_ and t_ change the tensor itself
import torch

a = torch.arange(3)
b = a.unsqueeze(0)
a.unsqueeze_(1)
print(a.shape, b.shape)
m = torch.arange(6).view(2, 3)
m.t_()
print(m, m.shape)
m.squeeze_()
print(m.shape)
c = torch.zeros(2, 1, 3)
c.squeeze_(1)
print(c.shape)
