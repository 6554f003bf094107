# Course lab: GRU next-token model on a synthetic periodic sequence with an embedding layer.
import torch
import torch.nn as nn

torch.manual_seed(7)
seq = torch.tensor([0, 1, 2, 3, 2, 1] * 4)
inp, tgt = seq[:-1].view(1, -1), seq[1:].view(1, -1)

class CharGRU(nn.Module):
    def __init__(self, vocab, emb, hidden):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.gru = nn.GRU(emb, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, x, h=None):
        y, h = self.gru(self.emb(x), h)
        return self.out(y), h

model = CharGRU(4, 5, 8)
print(model)
print(sum(p.numel() for p in model.parameters()))
opt = torch.optim.Adam(model.parameters(), lr=0.05)
for step in range(10):
    logits, _ = model(inp)
    loss = nn.functional.cross_entropy(logits.view(-1, 4), tgt.view(-1))
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 3 == 0:
        print(f"step {step} loss {loss.item():.5f}")
with torch.no_grad():
    logits, h = model(inp)
    print((logits.argmax(-1) == tgt).float().mean())
    print(h.squeeze())
