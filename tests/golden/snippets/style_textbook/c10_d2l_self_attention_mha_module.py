# Self-attention with nn.MultiheadAttention (batch_first), key padding masks, averaged vs per-head weights.
import torch
from torch import nn

torch.manual_seed(15)
mha = nn.MultiheadAttention(embed_dim=8, num_heads=2, batch_first=True)
X = torch.randn(2, 5, 8)
out, w = mha(X, X, X)
print(out.shape, w.shape, w.sum(-1))
pad = torch.tensor([[False, False, False, True, True], [False, False, False, False, False]])
out2, w2 = mha(X, X, X, key_padding_mask=pad)
print(w2[0, 0])
print(w2[0, :, 3:].abs().max())
out3, w3 = mha(X, X, X, average_attn_weights=False)
print(w3.shape, torch.allclose(w3.mean(1), w, atol=1e-6))
causal = torch.triu(torch.ones(5, 5, dtype=torch.bool), diagonal=1)
out4, w4 = mha(X, X, X, attn_mask=causal)
print(w4[1].round(decimals=3))
_, none_w = mha(X, X, X, need_weights=False)
print(none_w)
print(mha.in_proj_weight.shape, mha.out_proj)
