# Q: why does modifying x[[0, 1]] not change x while x[0:2] does? advanced indexing copies, slicing views.
import torch

x = torch.zeros(4, 3)
s = x[0:2]
s += 1
print(x)
a = x[[0, 1]]
a += 10
print(x)
print(s._base is x, a._base is None, s.data_ptr() == x.data_ptr())
x[[0, 1]] += 100
print(x)
m = x[x > 50]
m.fill_(-1)
print(x.sum())
x[x > 50] = -1
print(x)
c = x[:, 1]
c.zero_()
print(x, c.is_contiguous(), c.stride())
r = x[1]
r[...] = 7
print(x[1], x[[1]].shape, x[1:2].shape, x[1, None].shape)
print(x[[0, 2], [1, 2]], x[[[0], [2]], [1, 2]])
