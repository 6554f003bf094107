# Q: padding token embeddings: padding_idx rows stay zero and get no gradient; F.pad argument errors.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
emb = nn.Embedding(5, 3, padding_idx=0)
print(emb.weight[0])
out = emb(torch.tensor([[1, 2, 0, 0], [3, 0, 0, 0]]))
out.sum().backward()
print(emb.weight.grad)
try:
    nn.Embedding(5, 3, padding_idx=5)
except AssertionError as e:
    print('AssertionError', e)
x = torch.arange(6.).view(1, 2, 3)
print(F.pad(x, (1, 1)), F.pad(x, (0, 0, 1, 0), value=-1.0))
try:
    F.pad(x, (1, 1, 1))
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    F.pad(x, (3, 3), mode='reflect')
except RuntimeError as e:
    print(e)
print(F.pad(x, (2, 2), mode='replicate'), F.pad(x, (1, 2), mode='circular'))
