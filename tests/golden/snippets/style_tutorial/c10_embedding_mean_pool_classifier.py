# Token ids -> nn.Embedding -> masked mean pooling -> Linear; a few Adam steps on toy sentences.
import torch
import torch.nn as nn

torch.manual_seed(12)
vocab = {"<pad>": 0, "good": 1, "bad": 2, "movie": 3, "very": 4, "not": 5}
sents = [["very", "good", "movie"], ["bad", "movie"], ["not", "good"], ["very", "bad"]]
labels = torch.tensor([1, 0, 0, 0])
L = max(len(s) for s in sents)
ids = torch.tensor([[vocab[w] for w in s] + [0] * (L - len(s)) for s in sents])
print(ids)
mask = (ids != 0).float()
print(mask.sum(1))

class Bag(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(len(vocab), 4, padding_idx=0)
        self.out = nn.Linear(4, 2)

    def forward(self, ids):
        e = self.emb(ids)
        m = (ids != 0).unsqueeze(-1).float()
        pooled = (e * m).sum(1) / m.sum(1)
        return self.out(pooled)

model = Bag()
print(model.emb.weight[0])
opt = torch.optim.Adam(model.parameters(), lr=0.1)
for step in range(5):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(ids), labels)
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 6))
print(model.emb.weight.grad[0])
print(model(ids).argmax(1))
