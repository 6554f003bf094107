# A toy sequence-to-sequence model (GRU encoder-decoder) learns to reverse short digit sequences.
import torch
from torch import nn

torch.manual_seed(0)
V, T, H, BOS = 6, 4, 16, 5
src = torch.randint(0, 5, (64, T))
tgt = src.flip(1)
dec_in = torch.cat([torch.full((64, 1), BOS), tgt[:, :-1]], dim=1)
print(src[:2], tgt[:2], dec_in[:2], sep="\n")

class Seq2Seq(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(V, 8)
        self.encoder = nn.GRU(8, H, batch_first=True)
        self.decoder = nn.GRU(8 + H, H, batch_first=True)
        self.out = nn.Linear(H, V)

    def forward(self, src, dec_in):
        _, state = self.encoder(self.emb(src))
        context = state[-1].unsqueeze(1).repeat(1, dec_in.shape[1], 1)
        y, _ = self.decoder(torch.cat([self.emb(dec_in), context], dim=2), state)
        return self.out(y)

model = Seq2Seq()
opt = torch.optim.Adam(model.parameters(), lr=0.02)
for epoch in range(40):
    logits = model(src, dec_in)
    loss = nn.functional.cross_entropy(logits.reshape(-1, V), tgt.reshape(-1))
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 10 == 9:
        acc = (logits.argmax(-1) == tgt).float().mean()
        print(f"epoch {epoch + 1}: loss {loss.item():.4f} token acc {acc.item():.3f}")
print(logits.shape, model.decoder)
