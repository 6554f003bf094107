# In-place ReLU after exp: exp's saved result is modified.
import torch
import torch.nn as nn

x = torch.tensor([[-1.0, 2.0]], requires_grad=True)
y = torch.exp(x)
z = nn.ReLU(inplace=True)(y)
print(z._version, y._version, z is y)
try:
    z.sum().backward()
except RuntimeError as e:
    print(e)
