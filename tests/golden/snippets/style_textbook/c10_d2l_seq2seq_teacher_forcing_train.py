# A tiny GRU encoder-decoder trained with teacher forcing on a copy task, then greedy prediction.
import torch
from torch import nn

torch.manual_seed(0)
V, E, H, T = 6, 4, 8, 4
bos = 1

class Seq2Seq(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc_emb = nn.Embedding(V, E)
        self.enc = nn.GRU(E, H, batch_first=True)
        self.dec_emb = nn.Embedding(V, E)
        self.dec = nn.GRU(E + H, H, batch_first=True)
        self.out = nn.Linear(H, V)

    def forward(self, src, dec_in):
        _, state = self.enc(self.enc_emb(src))
        ctx = state[-1].unsqueeze(1).repeat(1, dec_in.shape[1], 1)
        y, _ = self.dec(torch.cat([self.dec_emb(dec_in), ctx], dim=-1), state)
        return self.out(y)

src = torch.randint(2, V, (8, T))
dec_in = torch.cat([torch.full((8, 1), bos), src[:, :-1]], dim=1)
print(src[:2], dec_in[:2])
model = Seq2Seq()
opt = torch.optim.Adam(model.parameters(), lr=0.05)
for epoch in range(30):
    opt.zero_grad()
    logits = model(src, dec_in)
    loss = nn.functional.cross_entropy(logits.reshape(-1, V), src.reshape(-1))
    loss.backward()
    nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    opt.step()
    if epoch % 10 == 9:
        print(epoch + 1, round(loss.item(), 5))
with torch.no_grad():
    tokens = torch.full((2, 1), bos)
    for t in range(T):
        nxt = model(src[:2], tokens)[:, -1].argmax(-1, keepdim=True)
        tokens = torch.cat([tokens, nxt], dim=1)
print(tokens[:, 1:], src[:2])
