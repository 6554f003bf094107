# Q: does reshape copy? when does writing through it change the original?
import torch

x = torch.arange(6).reshape(2, 3)
r = x.reshape(3, 2)
r[0, 0] = 100
print(x)
t = x.t().reshape(6)
t[0] = -1
print(x, t)
print(x.t().reshape(6).data_ptr() == x.data_ptr())
print(x.view(6).data_ptr() == x.data_ptr())
