# Masked (causal) self-attention with nn.MultiheadAttention and a bool mask; weights below the diagonal.
import torch
from torch import nn

torch.manual_seed(0)
T, d = 5, 8
X = torch.randn(2, T, d)
attn = nn.MultiheadAttention(d, 2, batch_first=True)
mask = torch.triu(torch.ones(T, T, dtype=torch.bool), diagonal=1)
print(mask.int())
out, w = attn(X, X, X, attn_mask=mask)
print(out.shape, w.shape)
print(w[0])
print(torch.triu(w[0], diagonal=1).abs().sum())
out2, _ = attn(X[:, :3], X[:, :3], X[:, :3], attn_mask=mask[:3, :3])
print(torch.allclose(out[:, :3], out2, atol=1e-6))
float_mask = torch.zeros(T, T).masked_fill(mask, float("-inf"))
out3, w3 = attn(X, X, X, attn_mask=float_mask)
print(torch.allclose(w, w3), torch.allclose(out, out3, atol=1e-6))
_, per_head = attn(X, X, X, attn_mask=mask, average_attn_weights=False)
print(per_head.shape, torch.allclose(per_head.mean(1), w, atol=1e-6))
