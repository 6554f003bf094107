# Character-level GRU trained on one word, then greedy generation from its first letter
import torch
from torch import nn

text = "hello hello"
chars = sorted(set(text))
stoi = {c: i for i, c in enumerate(chars)}
itos = {i: c for c, i in stoi.items()}
data = torch.tensor([stoi[c] for c in text])
torch.manual_seed(2)
emb, gru, head = nn.Embedding(len(chars), 8), nn.GRU(8, 16, batch_first=True), nn.Linear(16, len(chars))
params = [*emb.parameters(), *gru.parameters(), *head.parameters()]
opt = torch.optim.Adam(params, lr=0.05)
for step in range(60):
    out, _ = gru(emb(data[:-1]).unsqueeze(0))
    loss = nn.functional.cross_entropy(head(out[0]), data[1:])
    opt.zero_grad(); loss.backward(); opt.step()
    if step % 20 == 0:
        print(step, f"{loss.item():.4f}")
idx, h, result = data[:1], None, "h"
with torch.no_grad():
    for _ in range(9):
        out, h = gru(emb(idx).unsqueeze(0), h)
        idx = head(out[0, -1:]).argmax(-1)
        result += itos[idx.item()]
print(repr(result), chars)
