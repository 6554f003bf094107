import torch
import torch.nn as nn
import torch.nn.functional as F

for call in (lambda: F.channel_shuffle(torch.ones(1, 5, 2), 2),
             lambda: F.channel_shuffle(torch.ones(8, 4), 2),
             lambda: F.channel_shuffle(torch.ones(1, 4, 2), 0),
             lambda: F.channel_shuffle(torch.ones(1, 4, 2), 2.0),
             lambda: F.channel_shuffle(torch.ones(1, 4, 2), groups=2.0),
             lambda: F.channel_shuffle(torch.ones(1, 4, 2)),
             lambda: nn.ChannelShuffle()):
    try:
        call()
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
print(F.channel_shuffle(torch.tensor([[[True], [False], [True], [False]]]), 2).flatten())
