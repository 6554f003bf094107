import torch
import torch.nn as nn

bag = nn.EmbeddingBag(5, 2, mode='sum')
with torch.no_grad():
    bag.weight.copy_(torch.arange(10.0).view(5, 2))
inp = torch.tensor([[0, 1], [2, 4]])
print(bag(inp))
w = torch.tensor([[1.0, 0.5], [2.0, 0.0]])
print(bag(inp, per_sample_weights=w))
mx = nn.EmbeddingBag(5, 2, mode='max')
mx.weight.data = bag.weight.data.clone()
print(mx(inp))
