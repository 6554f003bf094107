# A ShuffleNet-style unit: grouped conv, then shuffle the channels between groups.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
unit = nn.Sequential(nn.Conv2d(4, 6, 1, groups=2), nn.ChannelShuffle(3), nn.ReLU())
print(unit)
print(unit[1].groups, unit[1].extra_repr())
x = torch.arange(6.0).view(1, 6, 1, 1)
print(F.channel_shuffle(x, 2).flatten(), F.channel_shuffle(x, 3).flatten())
inp = torch.randn(2, 4, 3, 3, requires_grad=True)
out = unit(inp)
print(out.shape, unit[1](unit[0](inp)).grad_fn, unit[1](unit[0](inp)).grad_fn._saved_groups)
out.sum().backward()
print(inp.grad[0, :, 0, 0])
cl = torch.randn(1, 4, 2, 2).to(memory_format=torch.channels_last)
print(F.channel_shuffle(cl, 2).is_contiguous(memory_format=torch.channels_last))
print(torch.channel_shuffle(torch.arange(8.0).view(2, 4, 1), 2).view(2, 4))
