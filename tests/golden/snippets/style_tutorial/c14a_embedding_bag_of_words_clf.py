# Word-embedding tutorial shape: nn.Embedding with padding_idx, mean-pooled sentences, a linear classifier.
import torch
import torch.nn as nn

torch.manual_seed(24)
vocab = {"<pad>": 0, "good": 1, "bad": 2, "movie": 3, "very": 4, "plot": 5}
sents = [["very", "good", "movie"], ["bad", "plot"], ["good", "plot"]]
ids = [[vocab[w] for w in s] + [0] * (3 - len(s)) for s in sents]
batch = torch.tensor(ids)
print(batch)
emb = nn.Embedding(len(vocab), 4, padding_idx=0)
print(emb, emb.weight[0])
vecs = emb(batch)
mask = (batch != 0).unsqueeze(-1).float()
pooled = (vecs * mask).sum(1) / mask.sum(1)
clf = nn.Linear(4, 2)
loss = nn.functional.cross_entropy(clf(pooled), torch.tensor([1, 0, 1]))
loss.backward()
print(loss.item())
print(emb.weight.grad)
print(vecs.grad_fn, pooled.shape)
lookup = emb(torch.tensor(vocab["movie"], dtype=torch.long))
print(lookup)
try:
    emb(torch.tensor([6]))
except IndexError as e:
    print(e)
