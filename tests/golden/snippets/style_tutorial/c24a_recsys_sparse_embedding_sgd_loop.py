# A few SGD steps on a sparse embedding with fixed integer targets
import torch
import torch.nn as nn

emb = nn.Embedding(4, 2, sparse=True)
nn.init.constant_(emb.weight, 0.5)
opt = torch.optim.SGD(emb.parameters(), lr=0.25)
ids = torch.tensor([1, 3])
target = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
for step in range(3):
    opt.zero_grad()
    loss = ((emb(ids) - target) ** 2).sum()
    loss.backward()
    opt.step()
    print(step, loss.item())
print(emb.weight)
print(emb.weight.grad)
