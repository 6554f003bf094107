# EmbeddingBag with max_norm: looked-up rows are renormalised in place
import torch
import torch.nn as nn

bag = nn.EmbeddingBag(3, 2, mode='sum', max_norm=1.0)
with torch.no_grad():
    bag.weight.copy_(torch.tensor([[3.0, 4.0], [0.6, 0.8], [0.0, 2.0]]))
out = bag(torch.tensor([0, 1, 2]), torch.tensor([0, 2]))
print(out)
print(bag.weight)
print(bag)
print(bag.weight.norm(dim=1))
