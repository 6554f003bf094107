import torch
import torch.nn as nn

torch.manual_seed(9)
P = nn.Embedding(3, 2)
Q = nn.Embedding(3, 2)
u = torch.tensor([0, 1])
i = torch.tensor([2, 0])
pu, qi = P(u), Q(i)
pred = (pu * qi).sum(1)
lam = 0.01
reg = lam * (pu.pow(2).sum() + qi.pow(2).sum()) / 2
loss = ((pred - torch.tensor([1.0, 0.0])) ** 2).sum() + reg
loss.backward()
print(round(reg.item(), 6))
print(round(loss.item(), 6))
print(P.weight.grad)
