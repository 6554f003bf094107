# nn.MultiheadAttention forward with need_weights
import torch
import torch.nn as nn

torch.manual_seed(0)
multihead_attn = nn.MultiheadAttention(embed_dim=8, num_heads=2)
query = torch.randn(3, 1, 8)
key = torch.randn(4, 1, 8)
value = torch.randn(4, 1, 8)
attn_output, attn_output_weights = multihead_attn(query, key, value)
print(attn_output.shape, attn_output_weights.shape)
print(attn_output_weights)
_, w = multihead_attn(query, key, value, average_attn_weights=False)
print(w.shape)
print(multihead_attn)
