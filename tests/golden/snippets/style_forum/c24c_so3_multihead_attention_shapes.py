# Q: MultiheadAttention shapes and the embed_dim/num_heads error
import torch
import torch.nn as nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(embed_dim=8, num_heads=2, batch_first=True)
q = torch.zeros(3, 5, 8)
out, w = mha(q, q, q)
print(out.shape, w.shape)
out, w = mha(q, q, q, average_attn_weights=False)
print(w.shape)
try:
    nn.MultiheadAttention(embed_dim=10, num_heads=3)
except AssertionError as e:
    print("AssertionError:", e)
