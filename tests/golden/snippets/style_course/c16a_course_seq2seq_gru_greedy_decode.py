# A GRU encoder-decoder that reverses 3-digit sequences; teacher-forced loss then greedy decode
import torch
from torch import nn

torch.manual_seed(1700)
V, H, SOS = 5, 16, 4
src_tab, tgt_tab = nn.Embedding(V, 8), nn.Embedding(V, 8)
encoder, decoder, proj = nn.GRU(8, H, batch_first=True), nn.GRU(8, H, batch_first=True), nn.Linear(H, V)
params = [p for m in (src_tab, tgt_tab, encoder, decoder, proj) for p in m.parameters()]
adam = torch.optim.Adam(params, lr=0.02)
src = torch.randint(0, 4, (32, 3))
tgt = torch.flip(src, dims=[1])
dec_in = torch.cat([torch.full((32, 1), SOS), tgt[:, :-1]], dim=1)
for epoch in range(8):
    h = encoder(src_tab(src))[1]
    out = decoder(tgt_tab(dec_in), h)[0]
    loss = nn.functional.cross_entropy(proj(out).reshape(-1, V), tgt.reshape(-1))
    adam.zero_grad(); loss.backward(); adam.step()
    print(epoch, loss.item())
with torch.no_grad():
    h = encoder(src_tab(src[:2]))[1]
    tok, decoded = torch.full((2, 1), SOS), []
    for _ in range(3):
        step_out, h = decoder(tgt_tab(tok), h)
        tok = proj(step_out).argmax(-1)
        decoded.append(tok)
print(src[:2].tolist(), torch.cat(decoded, 1).tolist())
