import torch
from torch import nn

bag = nn.EmbeddingBag(5, 2, mode="sum")
with torch.no_grad():
    bag.weight.copy_(torch.arange(10.0).view(5, 2))
idx = torch.tensor([0, 1, 2, 4])
offsets = torch.tensor([0, 2])
w = torch.tensor([1.0, 0.5, 2.0, -1.0])
print(bag(idx, offsets, per_sample_weights=w))
try:
    nn.EmbeddingBag(5, 2, mode="mean")(idx, offsets, per_sample_weights=w)
except Exception as e:
    print(type(e).__name__, e)
print(bag(torch.tensor([[0, 1], [2, 3]])))
print(nn.EmbeddingBag(5, 2, mode="max", padding_idx=0))
