import torch
import torch.nn as nn

torch.manual_seed(8)
emb = nn.Embedding(4, 2)
start = emb.weight.detach().clone()
opt = torch.optim.SGD(emb.parameters(), lr=0.1, weight_decay=0.5)
out = emb(torch.tensor([1])).sum()
opt.zero_grad()
out.backward()
opt.step()
print(emb.weight - start)
print(emb.weight.grad)
