# Transformer LM tutorial: sinusoidal positions as a buffer, a causal mask, and a two-layer encoder
import math
import torch
from torch import nn

class SinusoidalPositions(nn.Module):
    def __init__(self, dim, longest=50):
        super().__init__()
        pos = torch.arange(longest, dtype=torch.float32)[:, None]
        freqs = torch.exp(torch.arange(0, dim, 2) * (-math.log(10000.0) / dim))
        table = torch.zeros(longest, 1, dim)
        table[:, 0, 0::2] = (pos * freqs).sin()
        table[:, 0, 1::2] = (pos * freqs).cos()
        self.register_buffer("table", table)

    def forward(self, tokens):
        return tokens + self.table[: tokens.size(0)]

torch.manual_seed(0)
block = nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16, dropout=0.0)
stack = nn.TransformerEncoder(block, num_layers=2)
causal = nn.Transformer.generate_square_subsequent_mask(4)
print(causal, causal.dtype)
positions = SinusoidalPositions(8)
seq = torch.randn(4, 2, 8)
hidden = stack(positions(seq), mask=causal, is_causal=True)
print(hidden.shape, positions.table[1, 0, :4])
print(hidden[0, 0])
