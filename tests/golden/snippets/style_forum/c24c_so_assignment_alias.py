# Q: b = a then modifying b also changes a
import torch

a = torch.zeros(3)
b = a
b += 1
print(a)
c = a.clone()
c += 1
print(a, c)
d = a[1:]
d.fill_(7)
print(a)
e = a[[0, 1]]
e.fill_(-1)
print(a, e)
