# Adagrad accepts sparse embedding gradients
import torch
import torch.nn as nn

table = nn.Embedding(5, 2, sparse=True)
nn.init.constant_(table.weight, 1.0)
adagrad = torch.optim.Adagrad(table.parameters(), lr=0.5)
for ids in ([0, 2], [2, 2]):
    adagrad.zero_grad()
    table(torch.tensor(ids)).pow(2).sum().backward()
    adagrad.step()
print(table.weight)
print(adagrad.state[table.weight]['sum'])
print(adagrad.state[table.weight]['step'])
