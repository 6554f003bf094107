# ShuffleNet's channel shuffle: nn.ChannelShuffle vs reshape-transpose-reshape.
import torch
import torch.nn as nn

x = torch.arange(6, dtype=torch.float32).reshape(1, 6, 1, 1)
cs = nn.ChannelShuffle(2)
print(cs)
print(cs(x).flatten())
manual = x.view(1, 2, 3, 1, 1).transpose(1, 2).reshape(1, 6, 1, 1)
print(torch.equal(cs(x), manual))
print(nn.functional.channel_shuffle(x, 3).flatten())
