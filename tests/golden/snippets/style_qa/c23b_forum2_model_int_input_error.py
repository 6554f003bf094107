import torch
from torch import nn

model = nn.Linear(3, 1)
x = torch.tensor([[1, 2, 3]])
try:
    model(x)
except Exception as e:
    print(type(e).__name__, e)
try:
    nn.Conv1d(1, 1, 2)(torch.ones(1, 1, 4, dtype=torch.long))
except Exception as e:
    print(type(e).__name__, e)
print(model(x.float()).dtype)
try:
    nn.Linear(3, 1).double()(torch.ones(1, 3))
except Exception as e:
    print(type(e).__name__, e)
