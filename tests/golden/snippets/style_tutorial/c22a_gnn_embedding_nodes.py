import torch
import torch.nn as nn

torch.manual_seed(17)
emb = nn.Embedding(5, 3)
edge_index = torch.tensor([[0, 1, 3], [2, 4, 1]])
src_e = emb(edge_index[0])
dst_e = emb(edge_index[1])
score = torch.sigmoid((src_e * dst_e).sum(1))
print(score)
score.sum().backward()
print(emb.weight.grad)
