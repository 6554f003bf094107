# per-head attention patterns with average_attn_weights=False and a causal mask
import torch
from torch import nn

torch.manual_seed(1)
attn = nn.MultiheadAttention(6, num_heads=3, batch_first=True)
seq = torch.randn(2, 3, 6)
mask = torch.triu(torch.ones(3, 3, dtype=torch.bool), diagonal=1)
_, w = attn(seq, seq, seq, attn_mask=mask, need_weights=True, average_attn_weights=False)
print(w.shape)
print(w[0, 1])
print("upper triangle zero:", bool((w[..., 0, 1:] == 0).all()))
print(torch.allclose(w.mean(dim=1), attn(seq, seq, seq, attn_mask=mask)[1]))
entropy = -(w * w.clamp_min(1e-12).log()).sum(-1)
print(entropy.mean(dim=(0, 2)))
