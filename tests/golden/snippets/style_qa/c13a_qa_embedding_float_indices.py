# Q: Embedding raises "Expected tensor for argument #1 'indices' to have one of the following scalar types".
import torch
import torch.nn as nn

torch.manual_seed(16)
emb = nn.Embedding(10, 3)
tokens = torch.tensor([[1.0, 2.0, 4.0]])
try:
    emb(tokens)
except RuntimeError as e:
    print("RuntimeError:", e)
print(emb(tokens.long()).shape)
try:
    emb(torch.tensor([10]))
except IndexError as e:
    print("IndexError:", e)
print(emb(torch.tensor([1, 2], dtype=torch.int32)).shape)
pad = nn.Embedding(5, 2, padding_idx=0)
print(pad.weight[0], pad(torch.tensor([0, 1]))[0])
out = pad(torch.tensor([0, 0, 3])).sum()
out.backward()
print(pad.weight.grad)
