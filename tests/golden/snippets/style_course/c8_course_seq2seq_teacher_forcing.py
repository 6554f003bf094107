# A GRU encoder-decoder step with teacher forcing on toy sequences: shapes, hidden handoff, loss.
import torch
import torch.nn as nn

torch.manual_seed(0)
V, E, H = 7, 5, 6
src = torch.tensor([[1, 4, 2, 6], [3, 3, 5, 2]])
tgt = torch.tensor([[0, 2, 4, 1], [0, 5, 3, 1]])
emb = nn.Embedding(V, E)
enc = nn.GRU(E, H, batch_first=True)
dec = nn.GRU(E, H, batch_first=True)
out_proj = nn.Linear(H, V)
enc_out, h = enc(emb(src))
print(enc_out.shape, h.shape)
loss = 0.0
dec_in = tgt[:, :1]
for t in range(1, tgt.shape[1]):
    dec_out, h = dec(emb(dec_in), h)
    logits = out_proj(dec_out.squeeze(1))
    loss = loss + nn.functional.cross_entropy(logits, tgt[:, t])
    dec_in = tgt[:, t:t + 1]
loss = loss / (tgt.shape[1] - 1)
loss.backward()
print(round(loss.item(), 4), logits.shape)
print(enc.weight_ih_l0.grad.shape, emb.weight.grad[0].abs().sum() > 0)
print(h.grad_fn.name())
