"""A bag-of-words sentiment model with nn.Embedding (mean of word vectors)."""
import torch
import torch.nn as nn

torch.manual_seed(0)
vocab = {"good": 0, "bad": 1, "movie": 2, "great": 3, "awful": 4, "plot": 5}
sentences = [["good", "movie"], ["bad", "plot"], ["great", "plot"], ["awful", "movie"]]
targets = torch.tensor([1.0, 0.0, 1.0, 0.0])
ids = torch.tensor([[vocab[w] for w in s] for s in sentences])

emb = nn.Embedding(len(vocab), 4)
head = nn.Linear(4, 1)
opt = torch.optim.SGD(list(emb.parameters()) + list(head.parameters()), lr=0.5)
for step in range(30):
    opt.zero_grad()
    logits = head(emb(ids).mean(dim=1)).squeeze(1)
    loss = nn.functional.binary_cross_entropy_with_logits(logits, targets)
    loss.backward()
    opt.step()
print("loss:", loss.item())
print("probs:", torch.sigmoid(logits).detach())
