# EmbeddingBag with offsets in sum, mean and max modes
import torch
import torch.nn as nn

weight = torch.arange(12.0).reshape(6, 2)
inp = torch.tensor([1, 2, 4, 5, 4, 3])
offsets = torch.tensor([0, 2, 5])
for mode in ['sum', 'mean', 'max']:
    bag = nn.EmbeddingBag.from_pretrained(weight, mode=mode)
    print(mode, bag(inp, offsets))
bag = nn.EmbeddingBag(6, 2, mode='mean')
print(bag)
print(nn.EmbeddingBag(6, 2, mode='max', padding_idx=0))
