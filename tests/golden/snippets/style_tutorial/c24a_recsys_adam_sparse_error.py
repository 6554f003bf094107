# Plain Adam refuses sparse gradients; SparseAdam refuses dense ones
import torch
import torch.nn as nn

emb = nn.Embedding(4, 2, sparse=True)
opt = torch.optim.Adam(emb.parameters(), lr=0.1)
emb(torch.tensor([1])).sum().backward()
try:
    opt.step()
except RuntimeError as e:
    print(type(e).__name__, e)
dense = nn.Embedding(4, 2)
sopt = torch.optim.SparseAdam(dense.parameters())
dense(torch.tensor([1])).sum().backward()
try:
    sopt.step()
except RuntimeError as e:
    print(type(e).__name__, e)
