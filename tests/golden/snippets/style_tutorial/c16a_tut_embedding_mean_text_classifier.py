# Averaged word embeddings for a tiny sentiment task
import torch
from torch import nn

vocab = {w: i for i, w in enumerate("<pad> good great bad awful movie plot".split())}
sentences = [("good movie", 1), ("great plot", 1), ("bad movie", 0), ("awful plot", 0), ("good great plot", 1)]
def encode(s):
    ids = [vocab[w] for w in s.split()]
    return ids + [0] * (3 - len(ids))
X = torch.tensor([encode(s) for s, _ in sentences])
y = torch.tensor([label for _, label in sentences])

torch.manual_seed(1627)
emb = nn.Embedding(len(vocab), 4, padding_idx=0)
fc = nn.Linear(4, 2)
opt = torch.optim.SGD([*emb.parameters(), *fc.parameters()], lr=0.5)
for epoch in range(5):
    mask = (X != 0).unsqueeze(-1).float()
    avg = (emb(X) * mask).sum(1) / mask.sum(1)
    loss = nn.functional.cross_entropy(fc(avg), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, loss.item())
print(emb.weight[0], emb.weight.grad[0])
