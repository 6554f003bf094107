# neighbour mean aggregation with nn.EmbeddingBag and offsets (CSR-style)
import torch
import torch.nn as nn

torch.manual_seed(111)
bag = nn.EmbeddingBag(5, 3, mode="mean")
neighbors = torch.tensor([1, 2, 0, 4, 3, 1])
offsets = torch.tensor([0, 2, 3])
out = bag(neighbors, offsets)
print(out.shape)
manual = torch.stack([bag.weight[[1, 2]].mean(0), bag.weight[[0]].mean(0), bag.weight[[4, 3, 1]].mean(0)])
print(torch.allclose(out, manual))
print(nn.EmbeddingBag(5, 3, mode="max"))
try:
    bag(neighbors)
except ValueError as e:
    print("ValueError:", e)
