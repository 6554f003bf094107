# EmbeddingBag(mode='mean') with offsets vs a loop over bags
import torch
import torch.nn as nn

torch.manual_seed(107)
bag = nn.EmbeddingBag(6, 3, mode="mean")
ids = torch.tensor([1, 2, 4, 5, 4, 3])
offsets = torch.tensor([0, 2, 3])
ref = bag(ids, offsets)
bounds = offsets.tolist() + [len(ids)]
mine = torch.stack([bag.weight[ids[a:b]].mean(0) for a, b in zip(bounds[:-1], bounds[1:])])
print(torch.allclose(ref, mine))
ref.sum().backward()
print(bag.weight.grad)
