# nn.LayerNorm (NLP and image examples) and nn.GroupNorm
import torch
import torch.nn as nn

torch.manual_seed(0)
batch, sentence_length, embedding_dim = 20, 5, 10
embedding = torch.randn(batch, sentence_length, embedding_dim)
layer_norm = nn.LayerNorm(embedding_dim)
print(layer_norm(embedding)[0, 0])
N, C, H, W = 20, 5, 10, 10
input = torch.randn(N, C, H, W)
layer_norm = nn.LayerNorm([C, H, W])
print(layer_norm(input).shape, layer_norm)
input = torch.randn(20, 6, 10, 10)
m = nn.GroupNorm(3, 6)
print(m(input)[0, 0, 0])
print(nn.GroupNorm(6, 6), nn.GroupNorm(1, 6, affine=False))
