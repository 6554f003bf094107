# decoder input = targets shifted right with BOS; causal mask built with triu and -inf
import torch
import torch.nn as nn
torch.manual_seed(38)
BOS = 1
targets = torch.tensor([[4, 7, 2, 9]])
dec_in = torch.cat([torch.full((1, 1), BOS), targets[:, :-1]], dim=1)
print(dec_in)
T = dec_in.size(1)
causal = torch.triu(torch.full((T, T), float("-inf")), diagonal=1)
mha = nn.MultiheadAttention(embed_dim=6, num_heads=2, batch_first=True)
x = nn.Embedding(10, 6)(dec_in)
out, attn = mha(x, x, x, attn_mask=causal)
print(attn[0])
print(out.shape, out.grad_fn.name())
