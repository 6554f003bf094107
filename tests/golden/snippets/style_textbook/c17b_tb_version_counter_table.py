# Which operations bump the version counter.
import torch

t = torch.zeros(4)
print(t._version)
t.add_(1)
print('add_', t._version)
t[0] = 5
print('setitem', t._version)
t.data.mul_(2)
print('data', t._version)
v = t[1:]
v.sub_(1)
print('view', t._version, v._version)
with torch.no_grad():
    t.clamp_(0, 3)
print('no_grad', t._version)
t2 = t.clone()
print('clone', t2._version)
