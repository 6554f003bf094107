import torch
from torch import nn

torch.manual_seed(54)
batch = [("good movie", 1), ("bad", 0), ("really really good", 1)]
vocab = {"<unk>": 0}
for text, _ in batch:
    for w in text.split():
        vocab.setdefault(w, len(vocab))
ids = [torch.tensor([vocab[w] for w in t.split()]) for t, _ in batch]
offsets = torch.tensor([0] + [len(i) for i in ids[:-1]]).cumsum(dim=0)
text = torch.cat(ids)
labels = torch.tensor([l for _, l in batch])
print(text, offsets, labels)
bag = nn.EmbeddingBag(len(vocab), 4)
fc = nn.Linear(4, 2)
logits = fc(bag(text, offsets))
print(logits.shape, f"{nn.functional.cross_entropy(logits, labels).item():.2f}")
