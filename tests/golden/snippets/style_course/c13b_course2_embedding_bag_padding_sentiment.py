# NLP course: padded token batches, nn.Embedding(padding_idx=0), masked mean pooling, a sentiment classifier.
import torch
import torch.nn as nn

torch.manual_seed(68)
vocab = {"<pad>": 0, "good": 1, "bad": 2, "movie": 3, "great": 4, "awful": 5, "plot": 6}
sents = [["good", "movie"], ["bad", "plot"], ["great", "great", "movie"], ["awful"], ["good", "plot", "great"]]
labels = torch.tensor([1, 0, 1, 0, 1])
ids = [torch.tensor([vocab[w] for w in s]) for s in sents]
batch = nn.utils.rnn.pad_sequence(ids, batch_first=True, padding_value=0)
print(batch)
emb = nn.Embedding(len(vocab), 4, padding_idx=0)
clf = nn.Linear(4, 2)
print(emb.weight[0])
opt = torch.optim.Adam(list(emb.parameters()) + list(clf.parameters()), lr=0.1)
mask = (batch != 0).unsqueeze(-1).float()
for epoch in range(6):
    pooled = (emb(batch) * mask).sum(1) / mask.sum(1)
    loss = nn.functional.cross_entropy(clf(pooled), labels)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, round(loss.item(), 6))
print(emb.weight.grad[0], emb.weight[0])
print(clf(pooled).argmax(1))
