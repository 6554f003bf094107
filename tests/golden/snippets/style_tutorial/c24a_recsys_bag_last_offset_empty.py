# include_last_offset and an empty bag
import torch
import torch.nn as nn

weight = torch.arange(8.0).reshape(4, 2)
inp = torch.tensor([0, 1, 2, 3])
bag = nn.EmbeddingBag.from_pretrained(weight, mode='sum', include_last_offset=True)
print(bag(inp, torch.tensor([0, 1, 4])))
bag2 = nn.EmbeddingBag.from_pretrained(weight, mode='mean')
print(bag2(inp, torch.tensor([0, 2, 2])))
bag3 = nn.EmbeddingBag.from_pretrained(weight, mode='max')
print(bag3(inp, torch.tensor([0, 0, 3])))
print(bag)
