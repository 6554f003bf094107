# Q: "tensors used as indices must be long, int, byte or bool tensors" and Embedding with float token ids.
import torch
import torch.nn as nn

x = torch.arange(10.) * 10
idx = torch.tensor([1., 3.])
try:
    x[idx]
except IndexError as e:
    print('IndexError', e)
print(x[idx.long()], x[idx.int()])
print(x[torch.tensor([True, False] * 5)])
torch.manual_seed(0)
emb = nn.Embedding(5, 2)
try:
    emb(torch.tensor([1.0, 2.0]))
except RuntimeError as e:
    print('RuntimeError', e)
print(emb(torch.tensor([1, 2])).shape)
try:
    emb(torch.tensor([5]))
except IndexError as e:
    print('IndexError', e)
try:
    torch.gather(x, 0, torch.tensor([0, 1]).int())
except RuntimeError as e:
    print('RuntimeError', e)
try:
    x.index_select(0, torch.tensor([0.0]))
except (RuntimeError, IndexError) as e:
    print(type(e).__name__, e)
print(x.index_select(0, torch.tensor([0, 9])))
