import torch
from torch import nn

torch.manual_seed(13)
words = "a b c a b c a b d".split()
vocab = sorted(set(words))
idx = torch.tensor([vocab.index(w) for w in words])
model = nn.Sequential(nn.Embedding(len(vocab), 5), nn.Linear(5, len(vocab)))
opt = torch.optim.SGD(model.parameters(), lr=0.5)
for epoch in range(5):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(idx[:-1]), idx[1:])
    loss.backward()
    opt.step()
    print(epoch, round(loss.item(), 3), round(torch.exp(loss).item(), 2))
pred = model(torch.tensor([vocab.index("a")])).argmax(-1).item()
print(vocab[pred])
