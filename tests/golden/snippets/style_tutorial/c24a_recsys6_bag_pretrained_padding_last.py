# A pretrained bag with padding_idx and include_last_offset together
import torch
import torch.nn as nn

vecs = torch.tensor([[0.0, 0.0], [1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
bag = nn.EmbeddingBag.from_pretrained(vecs, mode='mean', padding_idx=0, include_last_offset=True)
print(bag)
ids = torch.tensor([1, 0, 2, 3, 0, 0])
print(bag(ids, torch.tensor([0, 2, 4, 6])))
print(bag(ids, torch.tensor([0, 6])))
print(bag.weight.requires_grad, bag.padding_idx, bag.include_last_offset)
