# inspect attention weights from nn.MultiheadAttention, averaged over heads (the default)
import torch
import torch.nn as nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(embed_dim=8, num_heads=2, batch_first=True)
x = torch.randn(1, 4, 8)
out, attn = mha(x, x, x, need_weights=True)
print(out.shape, attn.shape)
print(attn)
print(attn.sum(dim=-1))
print("most attended per query:", attn[0].argmax(dim=-1).tolist())
