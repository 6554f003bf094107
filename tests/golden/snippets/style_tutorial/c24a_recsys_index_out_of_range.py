# An item id beyond the table, and float ids
import torch
import torch.nn as nn

torch.manual_seed(2)
emb = nn.Embedding(10, 4)
try:
    emb(torch.tensor([3, 10]))
except IndexError as e:
    print(type(e).__name__, e)
try:
    emb(torch.tensor([1.0, 2.0]))
except RuntimeError as e:
    print(type(e).__name__, e)
print(emb(torch.tensor([1, 2], dtype=torch.int32)).shape)
try:
    emb(torch.tensor([-1]))
except IndexError as e:
    print(e)
