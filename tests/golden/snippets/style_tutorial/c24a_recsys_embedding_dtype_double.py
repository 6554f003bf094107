# Embedding tables in float64, and mixing dtypes with the user vector
import torch
import torch.nn as nn

torch.manual_seed(17)
emb = nn.Embedding(3, 2).double()
print(emb.weight.dtype)
v = emb(torch.tensor([1]))
print(v.dtype)
user = torch.ones(1, 2)
print((v * user).dtype)
try:
    torch.mm(v, user.T)
except RuntimeError as e:
    print(e)
h = nn.Embedding(3, 2, dtype=torch.float16)
print(h.weight.dtype, h(torch.tensor([0])).dtype)
