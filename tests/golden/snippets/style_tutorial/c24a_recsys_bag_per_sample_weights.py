# per_sample_weights: only for mode='sum'
import torch
import torch.nn as nn

weight = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
bag = nn.EmbeddingBag.from_pretrained(weight, mode='sum')
inp = torch.tensor([0, 1, 2, 2])
offsets = torch.tensor([0, 3])
w = torch.tensor([0.5, 2.0, 1.0, 3.0])
print(bag(inp, offsets, per_sample_weights=w))
mean_bag = nn.EmbeddingBag.from_pretrained(weight, mode='mean')
try:
    mean_bag(inp, offsets, per_sample_weights=w)
except NotImplementedError as e:
    print(type(e).__name__, e)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bag(inp, offsets, per_sample_weights=w[:3])
except ValueError as e:
    print(type(e).__name__, e)
