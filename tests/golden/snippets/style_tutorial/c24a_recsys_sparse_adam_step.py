# SparseAdam on a sparse embedding table: only touched rows move
import torch
import torch.nn as nn

emb = nn.Embedding(4, 2, sparse=True)
with torch.no_grad():
    emb.weight.fill_(1.0)
opt = torch.optim.SparseAdam(emb.parameters(), lr=0.1)
print(opt)
loss = emb(torch.tensor([0, 2])).pow(2).sum()
loss.backward()
opt.step()
print(emb.weight)
print(sorted(opt.state[emb.weight].keys()))
print(opt.state[emb.weight]['step'])
