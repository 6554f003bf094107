# Course notebook: bag-of-words text classifier with nn.EmbeddingBag and offsets, trained on toy sentences.
import torch
from torch import nn

sentences = [("good great fun", 1), ("bad awful boring", 0), ("great movie", 1), ("boring plot bad", 0),
             ("fun fun good", 1), ("awful", 0)]
vocab = {w: i for i, w in enumerate(sorted({w for s, _ in sentences for w in s.split()}))}
print(len(vocab), vocab)

def collate(batch):
    text = [torch.tensor([vocab[w] for w in s.split()]) for s, _ in batch]
    offsets = torch.tensor([0] + [len(t) for t in text[:-1]]).cumsum(0)
    return torch.cat(text), offsets, torch.tensor([y for _, y in batch])

text, offsets, labels = collate(sentences)
print(text, offsets, labels)
torch.manual_seed(0)

class Classifier(nn.Module):
    def __init__(self, n, dim, classes):
        super().__init__()
        self.embedding = nn.EmbeddingBag(n, dim, mode="mean")
        self.fc = nn.Linear(dim, classes)
    def forward(self, text, offsets):
        return self.fc(self.embedding(text, offsets))

model = Classifier(len(vocab), 4, 2)
print(model)
opt = torch.optim.SGD(model.parameters(), lr=1.0)
for epoch in range(20):
    out = model(text, offsets)
    loss = nn.functional.cross_entropy(out, labels)
    opt.zero_grad()
    loss.backward()
    opt.step()
print(f"loss {loss.item():.4f}", (out.argmax(1) == labels).float().mean().item())
