# Generating characters from a GRU one step at a time, carrying the hidden state
import torch
from torch import nn

torch.manual_seed(1656)
vocab = list("_xyz")
emb = nn.Embedding(4, 3)
gru = nn.GRU(3, 6, batch_first=True)
head = nn.Linear(6, 4)
idx = torch.tensor([[1]])
h = None
out_greedy, out_sampled = [], []
g = torch.Generator().manual_seed(0)
with torch.no_grad():
    for _ in range(8):
        o, h = gru(emb(idx), h)
        probs = torch.softmax(head(o[:, -1]), dim=-1)
        out_greedy.append(vocab[probs.argmax().item()])
        nxt = torch.multinomial(probs, 1, generator=g)
        out_sampled.append(vocab[nxt.item()])
        idx = nxt
print("".join(out_greedy), "".join(out_sampled))
print(h.shape, probs)
