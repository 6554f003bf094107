# Bag-of-words sentiment toy: vocabulary, nn.Embedding averaged, Linear head.
import torch
import torch.nn as nn

sentences = ["good movie", "bad movie", "great film", "awful film", "good good fun", "bad awful plot"]
labels = torch.tensor([1, 0, 1, 0, 1, 0])
vocab = {w: i for i, w in enumerate(sorted({w for s in sentences for w in s.split()}))}
print(vocab)

def encode(s):
    return torch.tensor([vocab[w] for w in s.split()])

class BoW(nn.Module):
    def __init__(self, n, d):
        super().__init__()
        self.emb = nn.Embedding(n, d)
        self.out = nn.Linear(d, 2)

    def forward(self, ids):
        return self.out(self.emb(ids).mean(dim=0))

torch.manual_seed(0)
model = BoW(len(vocab), 4)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
loss_fn = nn.CrossEntropyLoss()
for epoch in range(20):
    total = 0.0
    for s, lab in zip(sentences, labels):
        logits = model(encode(s)).unsqueeze(0)
        loss = loss_fn(logits, lab.unsqueeze(0))
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item()
    if epoch % 5 == 4:
        print(epoch + 1, total)
with torch.no_grad():
    for s in ["good film", "awful movie"]:
        p = torch.softmax(model(encode(s)), dim=0)
        print(s, p, p.argmax().item())
print(model.emb.weight.grad is not None, model.emb.weight.shape)
