import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(25)
U, I = nn.Embedding(4, 3), nn.Embedding(6, 3)
nn.init.normal_(U.weight, std=0.1)
nn.init.normal_(I.weight, std=0.1)
opt = torch.optim.Adam([U.weight, I.weight], lr=0.05)
pairs = torch.tensor([[0, 1], [1, 2], [2, 3], [3, 4], [0, 5]])
for epoch in range(10):
    u, p = pairs[:, 0], pairs[:, 1]
    n = torch.randint(0, 6, (5,))
    diff = (U(u) * (I(p) - I(n))).sum(1)
    loss = -F.logsigmoid(diff).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
print(round(loss.item(), 4))
print((U.weight @ I.weight.t()).argmax(1))
