# nn.Sequential as a container: indexing, slicing, len, insert/append/extend/pop, iteration and +.
import torch
import torch.nn as nn

torch.manual_seed(0)
seq = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 8), nn.ReLU(), nn.Linear(8, 2))
print(len(seq), seq[0], seq[-1])
body = seq[:-1]
print(type(body).__name__, body)
x = torch.randn(3, 4)
print(torch.equal(seq(x), seq[-1](body(x))))
seq.append(nn.Softmax(dim=1))
print(seq(x).sum(1))
seq.insert(1, nn.Dropout(0.0))
print([type(m).__name__ for m in seq])
popped = seq.pop(1)
print(popped, len(seq))
seq.extend([nn.Identity(), nn.Identity()])
print(len(seq))
combined = nn.Sequential(nn.Linear(2, 2)) + nn.Sequential(nn.Tanh())
print(combined)
for i, layer in enumerate(seq[:3]):
    print(i, layer)
del seq[5:]
print(seq)
print(seq[1:3], seq[::2])
