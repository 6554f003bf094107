# nn.MultiheadAttention: cross-attention from 3 queries to 5 keys, padding mask, per-head weights.
import torch
from torch import nn

torch.manual_seed(34)
attn = nn.MultiheadAttention(embed_dim=6, num_heads=3, batch_first=True)
queries = torch.randn(2, 3, 6)
memory = torch.randn(2, 5, 6)
ctx, avg_w = attn(queries, memory, memory)
print(ctx.shape, avg_w.shape, avg_w.sum(-1))
padded = torch.tensor([[False] * 3 + [True] * 2, [False] * 5])
ctx2, w_pad = attn(queries, memory, memory, key_padding_mask=padded)
print(w_pad[0, 1], w_pad[1, 1].min() > 0)
_, heads = attn(queries, memory, memory, average_attn_weights=False)
print(heads.shape, torch.allclose(heads.mean(1), avg_w), attn.in_proj_weight.shape, attn.out_proj)
