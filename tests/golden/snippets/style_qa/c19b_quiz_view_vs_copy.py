# Quiz 2: which of these changes x?
import torch

x = torch.arange(6)
v = x.view(2, 3)
r = x.reshape(3, 2)
c = x.clone()
s = x[1:4]
v[0, 0] = 100
r[2, 1] = 500
c[1] = -1
s += 10
print(x)
print(x.data_ptr() == v.data_ptr(), x.data_ptr() == s.data_ptr())
print(s._base is x, c._base)
