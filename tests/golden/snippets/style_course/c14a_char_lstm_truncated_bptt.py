# Char-level language model: an nn.LSTM over fixed-length chunks, hidden state detached between chunks.
import torch
import torch.nn as nn

torch.manual_seed(10)
text = "hello world hello there"
chars = sorted(set(text))
idx = torch.tensor([chars.index(c) for c in text])
V, H, T = len(chars), 8, 5
embed = nn.Embedding(V, 6)
lstm = nn.LSTM(6, H, batch_first=True)
head = nn.Linear(H, V)
params = [*embed.parameters(), *lstm.parameters(), *head.parameters()]
opt = torch.optim.Adam(params, lr=0.01)
for epoch in range(3):
    hidden = None
    total = 0.0
    for start in range(0, len(idx) - T - 1, T):
        xb = idx[start:start + T].unsqueeze(0)
        yb = idx[start + 1:start + T + 1].unsqueeze(0)
        out, hidden = lstm(embed(xb), hidden)
        hidden = tuple(h.detach() for h in hidden)
        loss = nn.functional.cross_entropy(head(out).view(-1, V), yb.view(-1))
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item()
    print(epoch, total)
print(hidden[0].shape, out.shape, lstm)
