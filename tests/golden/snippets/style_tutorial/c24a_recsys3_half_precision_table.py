# Embedding tables in half precision and bfloat16
import torch
import torch.nn as nn

emb = nn.Embedding(3, 2)
with torch.no_grad():
    emb.weight.copy_(torch.tensor([[0.1, 0.2], [1.0 / 3, 2.0 / 3], [1000.5, -0.001]]))
h = emb.half()
print(h.weight)
print(h(torch.tensor([2])))
b = nn.Embedding(3, 2).to(torch.bfloat16)
with torch.no_grad():
    b.weight.copy_(emb.weight.float())
print(b.weight)
print((h(torch.tensor([1])) * 3).dtype)
