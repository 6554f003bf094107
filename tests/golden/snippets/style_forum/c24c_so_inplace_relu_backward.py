# Q: one of the variables needed for gradient computation has been modified (ReLU inplace)
import torch
import torch.nn as nn

x = torch.tensor([[-1.0, 2.0]], requires_grad=True)
y = torch.sigmoid(x)
z = nn.ReLU(inplace=True)(y)
try:
    z.sum().backward()
except RuntimeError as e:
    print(str(e).split("; ")[0])
print(nn.ReLU(inplace=True))
