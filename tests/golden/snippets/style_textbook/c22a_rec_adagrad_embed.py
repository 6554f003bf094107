import torch
import torch.nn as nn

torch.manual_seed(24)
emb = nn.Embedding(3, 2)
opt = torch.optim.Adagrad(emb.parameters(), lr=0.5)
for step in range(3):
    loss = emb(torch.tensor([0, 0, 2])).pow(2).sum()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 5))
print(opt.state[emb.weight]['sum'])
