import torch
import torch.nn as nn

torch.manual_seed(11)
emb = nn.Embedding(4, 2, sparse=True)
before = emb.weight.detach().clone()
opt = torch.optim.SparseAdam(emb.parameters(), lr=0.1)
emb(torch.tensor([2])).sum().backward()
opt.step()
print((emb.weight - before).abs().sum(1) > 0)
print(emb.weight - before)
try:
    torch.optim.Adam(emb.parameters()).step()
except RuntimeError as e:
    print(e)
