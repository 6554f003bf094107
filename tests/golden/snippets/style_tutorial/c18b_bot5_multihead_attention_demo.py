"""Self-attention with nn.MultiheadAttention, and what the weights look like."""
import torch
import torch.nn as nn

torch.manual_seed(0)
attn = nn.MultiheadAttention(embed_dim=4, num_heads=2, batch_first=True)
tokens = torch.randn(1, 3, 4)
out, weights = attn(tokens, tokens, tokens)
print("output:", out)
print("attention weights (averaged over heads):")
print(weights)
print("rows sum to one:", weights.sum(-1))
mask = torch.triu(torch.ones(3, 3, dtype=torch.bool), diagonal=1)
_, causal = attn(tokens, tokens, tokens, attn_mask=mask)
print(causal)
