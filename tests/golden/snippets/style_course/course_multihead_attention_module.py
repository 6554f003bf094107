# nn.MultiheadAttention in a course notebook: shapes, batch_first, averaged attention weights, a causal mask.
import torch
import torch.nn as nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(embed_dim=8, num_heads=2, batch_first=True)
print(mha)
x = torch.randn(2, 4, 8)
out, w = mha(x, x, x)
print(out.shape, w.shape)
print(w[0].sum(-1))
mask = torch.triu(torch.ones(4, 4, dtype=torch.bool), diagonal=1)
out, w = mha(x, x, x, attn_mask=mask)
print(w[0])
out, w = mha(x, x, x, need_weights=False)
print(w)
print(sum(p.numel() for p in mha.parameters()))
