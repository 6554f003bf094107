# A character model with nn.RNN trained on one word, then sampled greedily and by multinomial
import torch
from torch import nn

word = "banana"
chars = sorted(set(word))
ix = torch.tensor([chars.index(c) for c in word])
torch.manual_seed(1696)
emb, rnn, out = nn.Embedding(3, 4), nn.RNN(4, 8, batch_first=True), nn.Linear(8, 3)
params = [*emb.parameters(), *rnn.parameters(), *out.parameters()]
opt = torch.optim.Adam(params, lr=0.05)
for it in range(30):
    h, _ = rnn(emb(ix[:-1]).unsqueeze(0))
    loss = nn.functional.cross_entropy(out(h[0]), ix[1:])
    opt.zero_grad(); loss.backward(); opt.step()
    if it % 10 == 0:
        print(it, loss.item())
g = torch.Generator().manual_seed(5)
with torch.no_grad():
    cur, state, text = ix[:1].view(1, 1), None, "b"
    for _ in range(5):
        h, state = rnn(emb(cur), state)
        p = out(h[:, -1]).softmax(-1)
        cur = torch.multinomial(p, 1, generator=g)
        text += chars[cur.item()]
print(text, p)
