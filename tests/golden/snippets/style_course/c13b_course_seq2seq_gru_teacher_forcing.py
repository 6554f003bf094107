# Seq2seq toy: GRU encoder/decoder that reverses a short sequence, trained with teacher forcing.
import torch
import torch.nn as nn

torch.manual_seed(17)
V, H, SOS = 6, 12, 5
src = torch.randint(0, 5, (8, 4))
tgt = src.flip(1)

enc_emb, dec_emb = nn.Embedding(V, 8), nn.Embedding(V, 8)
encoder, decoder = nn.GRU(8, H, batch_first=True), nn.GRU(8, H, batch_first=True)
head = nn.Linear(H, V)
params = [p for m in (enc_emb, dec_emb, encoder, decoder, head) for p in m.parameters()]
opt = torch.optim.Adam(params, lr=0.02)
for step in range(10):
    _, h = encoder(enc_emb(src))
    dec_in = torch.cat([torch.full((8, 1), SOS), tgt[:, :-1]], dim=1)
    out, _ = decoder(dec_emb(dec_in), h)
    loss = nn.functional.cross_entropy(head(out).reshape(-1, V), tgt.reshape(-1))
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, f"{loss.item():.5f}")
with torch.no_grad():
    _, h = encoder(enc_emb(src[:2]))
    tok = torch.full((2, 1), SOS)
    result = []
    for _ in range(4):
        o, h = decoder(dec_emb(tok), h)
        tok = head(o).argmax(-1)
        result.append(tok)
print(src[:2])
print(torch.cat(result, 1))
