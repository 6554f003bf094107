import torch
from torch import nn

torch.manual_seed(5)
V, E, H = 7, 4, 6
SOS = 1
enc_emb, dec_emb = nn.Embedding(V, E), nn.Embedding(V, E)
encoder = nn.GRU(E, H, batch_first=True)
decoder = nn.GRU(E, H, batch_first=True)
out_proj = nn.Linear(H, V)
src = torch.tensor([[3, 4, 5, 2]])
tgt = torch.tensor([[5, 4, 3, 2]])
_, h = encoder(enc_emb(src))
dec_in = torch.cat([torch.tensor([[SOS]]), tgt[:, :-1]], dim=1)
print(dec_in)
dec_out, _ = decoder(dec_emb(dec_in), h)
logits = out_proj(dec_out)
loss = nn.functional.cross_entropy(logits.reshape(-1, V), tgt.reshape(-1))
print(logits.shape, f"{loss.item():.3f}")
loss.backward()
print(enc_emb.weight.grad[src[0]].abs().sum(1) > 0)
