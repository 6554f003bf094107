# CS224n-style window-based word classifier: pad sentences, build windows, embed, linear + softmax.
import torch
from torch import nn

sents = [["i", "live", "in", "paris"], ["bob", "went", "to", "london", "today"]]
labels = [[0, 0, 0, 1], [1, 0, 0, 1, 0]]
vocab = ["<pad>"] + sorted({w for s in sents for w in s})
w2i = {w: i for i, w in enumerate(vocab)}
win = 2
windows, targets = [], []
for s, ls in zip(sents, labels):
    ids = [0] * win + [w2i[w] for w in s] + [0] * win
    for i in range(len(s)):
        windows.append(ids[i:i + 2 * win + 1])
        targets.append(ls[i])
X = torch.tensor(windows)
y = torch.tensor(targets)
print(X.shape, X[:2])

class WindowClassifier(nn.Module):
    def __init__(self, vocab_size, emb, hidden, win):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, emb, padding_idx=0)
        self.hidden = nn.Linear((2 * win + 1) * emb, hidden)
        self.out = nn.Linear(hidden, 1)
    def forward(self, x):
        e = self.embed(x).view(x.shape[0], -1)
        return self.out(torch.tanh(self.hidden(e))).squeeze(-1)

torch.manual_seed(0)
model = WindowClassifier(len(vocab), 4, 8, win)
opt = torch.optim.Adam(model.parameters(), lr=0.05)
lossf = nn.BCEWithLogitsLoss()
for ep in range(20):
    opt.zero_grad()
    loss = lossf(model(X), y.float())
    loss.backward()
    opt.step()
    if ep % 5 == 4:
        print(ep, f"{loss.item():.4f}")
print(torch.sigmoid(model(X)).round(decimals=2))
print(model.embed.weight[0], model.embed.weight.grad[0])
