import torch
from torch import nn

torch.manual_seed(56)
input_ids = torch.tensor([[101, 7, 8, 102, 9, 102, 0], [101, 5, 102, 6, 6, 102, 0]])
attention_mask = (input_ids != 0).long()
sep = (input_ids == 102).long().cumsum(1)
token_type = ((sep >= 1) & (input_ids != 102)).long() * attention_mask
position_ids = torch.arange(input_ids.size(1)).expand_as(input_ids)
print(attention_mask)
print(token_type)
print(position_ids.stride(), position_ids.is_contiguous())
tok, pos, typ = nn.Embedding(110, 4), nn.Embedding(16, 4), nn.Embedding(2, 4)
x = tok(input_ids) + pos(position_ids) + typ(token_type)
print(x.shape, nn.LayerNorm(4)(x).shape)
