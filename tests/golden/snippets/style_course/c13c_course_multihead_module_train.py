import torch
import torch.nn as nn

torch.manual_seed(13)
E, H, L = 6, 3, 5
mha = nn.MultiheadAttention(E, H, batch_first=True)
pad = torch.tensor([[False, False, False, True, True], [False, False, False, False, False]])
causal = nn.Transformer.generate_square_subsequent_mask(L)
print(causal)
tokens = torch.randn(2, L, E)
goal = tokens.flip(1)
opt = torch.optim.SGD(mha.parameters(), lr=0.1)
for step in range(4):
    out, attn = mha(tokens, tokens, tokens, key_padding_mask=pad, attn_mask=causal)
    loss = (out - goal).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(f"{step} {loss.item():.7f}")
print(attn[0, 4])
print(mha.in_proj_weight.shape, mha.out_proj.weight.shape, mha.head_dim)
