# nn.MultiheadAttention in a tutorial: batch_first self-attention, a key padding mask, averaged weights.
import torch
import torch.nn as nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(embed_dim=8, num_heads=2, batch_first=True)
print(mha)
x = torch.randn(2, 4, 8)
out, weights = mha(x, x, x)
print(out.shape, weights.shape)
print(weights[0].sum(-1))
mask = torch.tensor([[False, False, True, True], [False, False, False, True]])
out, weights = mha(x, x, x, key_padding_mask=mask)
print(weights[0])
out, weights = mha(x, x, x, need_weights=True, average_attn_weights=False)
print(weights.shape)
causal = torch.triu(torch.ones(4, 4, dtype=torch.bool), diagonal=1)
out, weights = mha(x, x, x, attn_mask=causal)
print(weights[1].round(decimals=3))
print(sum(p.numel() for p in mha.parameters()), [n for n, _ in mha.named_parameters()])
