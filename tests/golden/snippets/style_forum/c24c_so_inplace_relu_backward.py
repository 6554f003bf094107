# Q: one of the variables needed for gradient computation has been modified (ReLU inplace)
import torch
import torch.nn as nn

inp = torch.tensor([[-1.0, 2.0]], requires_grad=True)
act = torch.sigmoid(inp)
out = nn.ReLU(inplace=True)(act)
try:
    out.sum().backward()
except RuntimeError as e:
    print(str(e).split("; ")[0])
print(nn.ReLU(inplace=True))
