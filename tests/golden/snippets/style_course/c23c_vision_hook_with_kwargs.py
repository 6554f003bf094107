# A forward hook that post-processes the output (returns a replacement), removed via handle.
import torch
import torch.nn as nn

pool = nn.AvgPool2d(2)
handle = pool.register_forward_hook(lambda mod, inp, out: out.clamp(max=2.0))
feat = torch.arange(16, dtype=torch.float32).reshape(1, 1, 4, 4)
print(pool(feat))
handle.remove()
print(pool(feat))
pre = pool.register_forward_pre_hook(lambda mod, inp: (inp[0] * 0 + 1,))
print(pool(feat).unique())
pre.remove()
print(len(pool._forward_pre_hooks), len(pool._forward_hooks))
