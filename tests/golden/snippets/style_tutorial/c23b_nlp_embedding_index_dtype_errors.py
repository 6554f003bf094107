import torch
from torch import nn

emb = nn.Embedding(4, 2)
for ids in (torch.tensor([0, 3]), torch.tensor([0, 3], dtype=torch.int32)):
    print(emb(ids).shape, ids.dtype)
for bad in (torch.tensor([0.0, 1.0]), torch.tensor([-1]), torch.tensor([[5]])):
    try:
        emb(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(emb(torch.tensor(2)).shape)
