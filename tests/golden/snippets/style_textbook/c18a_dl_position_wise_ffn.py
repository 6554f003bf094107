# Position-wise FFN: the same MLP applied at every position of a (batch, steps, features) tensor
import torch
from torch import nn

torch.manual_seed(23)
ffn = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 6))
X = torch.ones((2, 3, 4))
out = ffn(X)
print(out.shape)
print(out[0])
print(torch.equal(out[0, 0], out[1, 2]))
X[1, 2] = 5
print(torch.equal(ffn(X)[0, 0], ffn(X)[1, 2]))
