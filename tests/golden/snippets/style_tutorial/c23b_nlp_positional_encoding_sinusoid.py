import math
import torch
from torch import nn

class SinusoidPE(nn.Module):
    def __init__(self, dim, longest=16):
        super().__init__()
        pos = torch.arange(longest).float()[:, None]
        freq = 10000 ** (-torch.arange(0, dim, 2).float() / dim)
        table = torch.zeros(longest, dim)
        table[:, 0::2] = torch.sin(pos * freq)
        table[:, 1::2] = torch.cos(pos * freq)
        self.register_buffer("table", table, persistent=False)
    def forward(self, x):
        return x * math.sqrt(x.size(-1)) + self.table[: x.size(1)]

pe = SinusoidPE(4)
print(pe.table[:3])
print(list(pe.state_dict()), [n for n, _ in pe.named_buffers()])
out = pe(torch.zeros(2, 5, 4))
print(out.shape, torch.equal(out[0], out[1]))
