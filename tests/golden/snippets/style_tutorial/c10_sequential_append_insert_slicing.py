# Growing and editing nn.Sequential: append, insert, extend, del, slicing and indexing.
import torch
import torch.nn as nn

seq = nn.Sequential(nn.Linear(4, 8), nn.ReLU())
seq.append(nn.Linear(8, 2))
print(seq)
seq.insert(2, nn.Dropout(0.1))
print(len(seq), [type(m).__name__ for m in seq])
seq.extend([nn.Softmax(dim=1)])
print(seq[-1])
del seq[2]
print([type(m).__name__ for m in seq])
sub = seq[:2]
print(type(sub).__name__, sub)
print(seq[0] is sub[0])
seq[3] = nn.LogSoftmax(dim=1)
print(seq)
torch.manual_seed(0)
x = torch.randn(2, 4)
print(seq(x).exp().sum(dim=1))
rev = nn.Sequential(*reversed(list(seq.children())))
print([type(m).__name__ for m in rev])
try:
    seq[10]
except IndexError as e:
    print("IndexError:", e)
print(seq.pop(1))
print(len(seq))
