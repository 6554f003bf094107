# Q: IndexError: index out of range in self (nn.Embedding)
import torch
import torch.nn as nn

emb = nn.Embedding(10, 3)
tokens = torch.tensor([[1, 5, 10]])
try:
    emb(tokens)
except IndexError as err:
    print("IndexError:", err)
try:
    emb(torch.tensor([1.0, 2.0]))
except RuntimeError as err:
    print("RuntimeError:", err)
print(emb(tokens.clamp(max=9)).shape)
