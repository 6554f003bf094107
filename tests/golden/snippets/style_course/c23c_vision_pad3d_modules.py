# 3-D padding modules on a tiny volume: reflection, replication, constant.
import torch
import torch.nn as nn

v = torch.arange(8, dtype=torch.float32).reshape(1, 1, 2, 2, 2)
for m in [nn.ReflectionPad3d(1), nn.ReplicationPad3d((1, 0, 0, 0, 0, 1)), nn.ConstantPad3d(1, -1.0), nn.ZeroPad3d((0, 0, 1, 0, 0, 0))]:
    out = m(v)
    print(m, tuple(out.shape), out.sum().item())
print(nn.ReflectionPad3d(1)(v)[0, 0, 0])
