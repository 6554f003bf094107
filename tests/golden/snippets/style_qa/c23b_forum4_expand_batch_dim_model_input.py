import torch
from torch import nn

m = nn.Linear(3, 2)
x = torch.tensor([1.0, 2.0, 3.0])
print(m(x).shape, m(x[None]).shape, m(x.expand(4, 3)).shape)
try:
    m(x.view(3, 1))
except Exception as e:
    print(type(e).__name__, e)
print(torch.equal(m(x), m(x[None])[0]))
