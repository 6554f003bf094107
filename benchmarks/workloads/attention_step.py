"""Learner-sized attention training steps, the kind a transformer tutorial has a learner type:
a ``TransformerEncoderLayer`` (d_model 64, 4 heads, batch 16, 32 tokens, no dropout, Adam, MSE
to a target) and a bare ``MultiheadAttention`` self-attention (d_model 32, 4 heads, batch 8,
16 tokens, ``need_weights=False``, SGD). Both reach PyTorch's fused CPU attention kernel in
training, which the engine follows bit for bit (``parity/flash_attention.py``)."""
import json

import torch
from step_timing import best_seconds  # a sibling file
from torch import nn, optim

torch.manual_seed(0)
encoder = nn.TransformerEncoderLayer(d_model=64, nhead=4, dim_feedforward=128, dropout=0.0, batch_first=True)
enc_opt = optim.Adam(encoder.parameters(), lr=1e-3)
enc_x = torch.randn(16, 32, 64)
enc_y = torch.randn(16, 32, 64)

attention = nn.MultiheadAttention(embed_dim=32, num_heads=4, batch_first=True)
mha_opt = optim.SGD(attention.parameters(), lr=0.01)
mha_x = torch.randn(8, 16, 32)
mse = nn.MSELoss()


def encoder_step():
    enc_opt.zero_grad()
    loss = mse(encoder(enc_x), enc_y)
    loss.backward()
    enc_opt.step()


def attention_step():
    mha_opt.zero_grad()
    out, _ = attention(mha_x, mha_x, mha_x, need_weights=False)
    loss = out.pow(2).mean()
    loss.backward()
    mha_opt.step()


print(json.dumps({"encoder_ms_per_step": best_seconds(encoder_step, 20, warmup=3) * 1e3,
                  "mha_ms_per_step": best_seconds(attention_step, 20, warmup=3) * 1e3}))
