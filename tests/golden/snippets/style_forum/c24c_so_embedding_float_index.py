# Q: Expected tensor for argument #1 'indices' to have Long type
import torch
import torch.nn as nn

torch.manual_seed(0)
emb = nn.Embedding(10, 3)
ids = torch.tensor([1.0, 2.0])
try:
    emb(ids)
except RuntimeError as e:
    print("RuntimeError:", e)
print(emb(ids.long()).shape, emb(torch.tensor([[1, 2], [3, 4]], dtype=torch.int32)).shape)
try:
    emb(torch.tensor([10]))
except IndexError as e:
    print("IndexError:", e)
