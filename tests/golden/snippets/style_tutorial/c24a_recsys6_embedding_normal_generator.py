# Initialising factor tables in place with their own generator
import torch
import torch.nn as nn

g = torch.Generator().manual_seed(55)
emb = nn.Embedding(3, 2)
with torch.no_grad():
    emb.weight.normal_(0.0, 0.1, generator=g)
print(emb.weight)
g2 = torch.Generator().manual_seed(55)
w = torch.empty(3, 2).normal_(0.0, 0.1, generator=g2)
print(torch.equal(w, emb.weight.detach()))
nn.init.normal_(emb.weight, std=0.1, generator=torch.Generator().manual_seed(55))
print(torch.equal(w, emb.weight.detach()))
emb.weight.data.uniform_(-0.5, 0.5, generator=g)
print(emb.weight.abs().max() <= 0.5)
