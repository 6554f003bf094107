import torch
import torch.nn as nn

torch.manual_seed(5)
bag = nn.EmbeddingBag(10, 3, mode='mean')
items = torch.tensor([1, 2, 4, 5, 4, 3, 2, 9])
offsets = torch.tensor([0, 4])
out = bag(items, offsets)
print(out.shape)
print(torch.allclose(out[0], bag.weight[[1, 2, 4, 5]].mean(0)))
out.sum().backward()
print(bag.weight.grad[4])
print(bag)
