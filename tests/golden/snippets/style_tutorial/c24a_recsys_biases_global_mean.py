# Rating prediction with user/item biases and a global mean
import torch
import torch.nn as nn

torch.manual_seed(4)
n_users, n_items = 3, 3
ub = nn.Embedding(n_users, 1)
ib = nn.Embedding(n_items, 1)
nn.init.zeros_(ub.weight)
nn.init.zeros_(ib.weight)
ratings = torch.tensor([4.0, 2.0, 5.0, 3.0])
mu = ratings.mean()
u = torch.tensor([0, 1, 2, 0])
i = torch.tensor([1, 1, 2, 0])
pred = mu + ub(u).squeeze(-1) + ib(i).squeeze(-1)
print(pred)
loss = ((pred - ratings) ** 2).mean()
loss.backward()
print(loss)
print(ub.weight.grad.view(-1))
print(ib.weight.grad.view(-1))
print(torch.sigmoid(pred) * 4 + 1)
