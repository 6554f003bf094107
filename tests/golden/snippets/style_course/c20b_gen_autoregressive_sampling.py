# sampling a sequence autoregressively from a tiny GRU language model
import torch
import torch.nn as nn

torch.manual_seed(101)
vocab = 5
emb = nn.Embedding(vocab, 4)
gru = nn.GRU(4, 8, batch_first=True)
head = nn.Linear(8, vocab)
tok = torch.tensor([[0]])
h = None
out = []
with torch.no_grad():
    for _ in range(6):
        o, h = gru(emb(tok), h)
        probs = torch.softmax(head(o[:, -1]) / 0.8, dim=-1)
        tok = torch.multinomial(probs, 1)
        out.append(tok.item())
print(out, h.shape)
