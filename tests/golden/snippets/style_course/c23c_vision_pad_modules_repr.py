# Padding modules and their reprs: ReflectionPad2d, ReplicationPad2d, ZeroPad2d, ConstantPad2d.
import torch
import torch.nn as nn

x = torch.arange(4, dtype=torch.float32).reshape(1, 1, 2, 2)
for m in [nn.ReflectionPad2d(1), nn.ReplicationPad2d((1, 0, 0, 1)), nn.ZeroPad2d((0, 1, 1, 0)), nn.ConstantPad2d(1, -1.0), nn.CircularPad2d(1)]:
    print(m)
    print(m(x)[0, 0].tolist())
