# nn.Embedding with float indices
import torch
import torch.nn as nn

torch.manual_seed(36)
emb = nn.Embedding(10, 4)
idx = torch.tensor([1.0, 2.0])
try:
    emb(idx)
except RuntimeError as e:
    print("RuntimeError:", e)
print(emb(idx.long()).shape)
print(emb(torch.tensor([[1, 2], [3, 4]])).shape)
