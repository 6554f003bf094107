# Transformer tutorial: a sinusoidal position table built with outer products of positions and frequencies,
# interleaved sin/cos, added to scaled embeddings (batch_first) in eval mode.
import math
import torch
import torch.nn as nn


def sinusoid_table(length, dim):
    freqs = torch.pow(10000.0, -torch.arange(0, dim, 2, dtype=torch.float32) / dim)
    angles = torch.outer(torch.arange(length, dtype=torch.float32), freqs)
    table = torch.empty(length, dim)
    table[:, 0::2] = angles.sin()
    table[:, 1::2] = angles.cos()
    return table


torch.manual_seed(1437)
table = sinusoid_table(64, 8)
print(table[:2])
print(table[50])
embed = nn.Embedding(12, 8)
drop = nn.Dropout(0.1).eval()
ids = torch.tensor([[3, 1, 4, 1], [5, 9, 2, 6]])
x = drop(embed(ids) * math.sqrt(8) + table[:ids.shape[1]])
print(x.shape, x[1, 3])
print(nn.Transformer.generate_square_subsequent_mask(3, dtype=torch.float64))
