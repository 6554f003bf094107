import torch
import torch.nn as nn

torch.manual_seed(34)
mha = nn.MultiheadAttention(embed_dim=4, num_heads=2, batch_first=True)
x = torch.randn(1, 5, 4)
causal = torch.triu(torch.ones(5, 5, dtype=torch.bool), diagonal=1)
out, w = mha(x, x, x, attn_mask=causal)
print(out.shape, w.shape)
print(w[0].round(decimals=3))
print(torch.allclose(w[0].triu(1), torch.zeros(5, 5)))
out2, w2 = mha(x, x, x, attn_mask=causal, average_attn_weights=False)
print(w2.shape)
