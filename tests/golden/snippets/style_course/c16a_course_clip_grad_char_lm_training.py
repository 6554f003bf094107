# Gradient clipping inside a small embedding language-model loop; norms printed each step
import torch
from torch import nn

torch.manual_seed(1668)
vocab = 6
model = nn.Sequential(nn.Embedding(vocab, 4), nn.Flatten(), nn.Linear(8, 32), nn.Tanh(), nn.Linear(32, vocab))
opt = torch.optim.SGD(model.parameters(), lr=0.3)
X = torch.randint(0, vocab, (20, 2))
Y = (X[:, 0] + X[:, 1]) % vocab
for step in range(6):
    loss = nn.functional.cross_entropy(model(X), Y)
    opt.zero_grad()
    loss.backward()
    norm = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=0.5)
    opt.step()
    print(step, loss.item(), norm.item())
