# EmbeddingBag with fixed-length 2-D bags, and offsets given by mistake
import torch
import torch.nn as nn

weight = torch.arange(10.0).reshape(5, 2)
bag = nn.EmbeddingBag.from_pretrained(weight, mode='mean')
x = torch.tensor([[0, 1], [2, 4], [3, 3]])
print(bag(x))
try:
    bag(x, torch.tensor([0, 2]))
except ValueError as e:
    print(type(e).__name__, e)
try:
    bag(torch.tensor([0, 1, 2]))
except ValueError as e:
    print(type(e).__name__, e)
try:
    bag(torch.tensor([0, 1, 2]), torch.tensor([[0], [1]]))
except ValueError as e:
    print(type(e).__name__, e)
