# Sinusoidal positional encodings as a non-persistent buffer
import math
import torch
import torch.nn as nn

class PosEnc(nn.Module):
    def __init__(self, d, max_len=16):
        super().__init__()
        pos = torch.arange(max_len).unsqueeze(1)
        div = torch.exp(torch.arange(0, d, 2) * (-math.log(10000.0) / d))
        pe = torch.zeros(max_len, d)
        pe[:, 0::2] = torch.sin(pos * div)
        pe[:, 1::2] = torch.cos(pos * div)
        self.register_buffer('pe', pe, persistent=False)
    def forward(self, x):
        return x + self.pe[: x.size(1)]
m = PosEnc(4)
print(list(m.state_dict().keys()), [n for n, _ in m.named_buffers()])
print(m.pe[:3])
print(m(torch.zeros(2, 5, 4)).shape)
