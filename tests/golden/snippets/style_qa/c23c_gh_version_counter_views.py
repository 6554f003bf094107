# Views share the version counter with their base; detach() too.
import torch

base = torch.zeros(4, requires_grad=True).clone()
v = base[1:3]
d = base.detach()
print(base._version, v._version, d._version)
v.add_(1)
print(base._version, v._version, d._version)
d.mul_(3)
print(base._version, v._version, d._version, base)
c = base.clone()
print(c._version)
