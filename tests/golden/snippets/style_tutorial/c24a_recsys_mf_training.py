# Matrix factorisation with SGD on a handful of ratings
import torch
import torch.nn as nn

torch.manual_seed(3)
class MF(nn.Module):
    def __init__(self, n_users, n_items, k=4):
        super().__init__()
        self.u = nn.Embedding(n_users, k)
        self.i = nn.Embedding(n_items, k)
        nn.init.normal_(self.u.weight, std=0.1)
        nn.init.normal_(self.i.weight, std=0.1)
    def forward(self, u, i):
        return (self.u(u) * self.i(i)).sum(-1)
model = MF(3, 4)
users = torch.tensor([0, 0, 1, 2, 2])
items = torch.tensor([0, 1, 2, 3, 0])
ratings = torch.tensor([5.0, 3.0, 4.0, 1.0, 2.0])
opt = torch.optim.SGD(model.parameters(), lr=0.5)
for epoch in range(30):
    loss = nn.functional.mse_loss(model(users, items), ratings)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 10 == 0:
        print(epoch, round(loss.item(), 3))
print(model(users, items).round(decimals=1))
