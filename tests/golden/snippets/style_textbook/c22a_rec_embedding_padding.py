import torch
import torch.nn as nn

torch.manual_seed(6)
emb = nn.Embedding(6, 2, padding_idx=0)
print(emb.weight[0])
hist = torch.tensor([[3, 5, 0, 0], [1, 2, 4, 0]])
e = emb(hist)
mask = (hist != 0).unsqueeze(-1).float()
user_vec = (e * mask).sum(1) / mask.sum(1)
print(user_vec)
user_vec.sum().backward()
print(emb.weight.grad)
