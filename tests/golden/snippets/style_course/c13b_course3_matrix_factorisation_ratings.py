# Recommender-systems course: matrix factorisation with user/item embeddings and biases on observed ratings.
import torch
import torch.nn as nn

torch.manual_seed(92)
users = torch.tensor([0, 0, 1, 1, 2, 2, 3, 3, 3, 4])
items = torch.tensor([0, 2, 1, 2, 0, 3, 1, 3, 4, 4])
ratings = torch.tensor([5.0, 3.0, 4.0, 2.0, 4.0, 1.0, 5.0, 2.0, 4.0, 3.0])

class MF(nn.Module):
    def __init__(self, n_users, n_items, k):
        super().__init__()
        self.U = nn.Embedding(n_users, k)
        self.V = nn.Embedding(n_items, k)
        self.bu = nn.Embedding(n_users, 1)
        self.bi = nn.Embedding(n_items, 1)
        self.mu = ratings.mean()

    def forward(self, u, i):
        dot = (self.U(u) * self.V(i)).sum(1)
        return self.mu + dot + self.bu(u).squeeze(1) + self.bi(i).squeeze(1)

mf = MF(5, 5, 2)
opt = torch.optim.SGD(mf.parameters(), lr=0.05, weight_decay=1e-3)
for epoch in range(10):
    pred = mf(users, items)
    loss = ((pred - ratings) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 3 == 0:
        print(epoch, loss.item())
with torch.no_grad():
    full = mf.mu + mf.U.weight @ mf.V.weight.T + mf.bu.weight + mf.bi.weight.T
print(full.shape)
print(full[0].round(decimals=3))
print(mf.U.weight.grad.abs().sum(1))
