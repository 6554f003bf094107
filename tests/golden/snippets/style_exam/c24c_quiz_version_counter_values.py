# Quiz 33: what is _version after each line?
import torch

t = torch.zeros(3)
print(t._version)
t += 1
print(t._version)
t[0] = 5
print(t._version)
t.add_(1).mul_(2)
print(t._version)
v = t.view(3)
v.zero_()
print(t._version, v._version)
u = t + 1
print(u._version)
