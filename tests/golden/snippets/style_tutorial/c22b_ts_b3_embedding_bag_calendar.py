import torch
import torch.nn as nn

torch.manual_seed(45)
bag = nn.EmbeddingBag(10, 3, mode="mean")
tokens = torch.tensor([1, 2, 4, 5, 4, 3, 2, 9])
offsets = torch.tensor([0, 2, 5])
out = bag(tokens, offsets)
print(out.shape)
print(torch.allclose(out[0], bag.weight[[1, 2]].mean(0)))
summed = nn.functional.embedding_bag(tokens, bag.weight, offsets, mode="sum")
print(torch.allclose(summed[1], bag.weight[[4, 5, 4]].sum(0)))
