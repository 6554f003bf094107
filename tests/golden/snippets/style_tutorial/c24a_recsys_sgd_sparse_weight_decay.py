# SGD with sparse embedding gradients, with and without weight decay
import torch
import torch.nn as nn

emb = nn.Embedding(3, 2, sparse=True)
with torch.no_grad():
    emb.weight.copy_(torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))
opt = torch.optim.SGD(emb.parameters(), lr=0.5)
emb(torch.tensor([2, 2])).sum().backward()
opt.step()
print(emb.weight)
opt_wd = torch.optim.SGD(emb.parameters(), lr=0.5, weight_decay=0.1)
opt_wd.zero_grad()
emb(torch.tensor([0])).sum().backward()
try:
    opt_wd.step()
except RuntimeError as e:
    print(type(e).__name__, e)
opt_m = torch.optim.SGD(emb.parameters(), lr=0.5, momentum=0.9)
opt_m.step()
print(emb.weight)
