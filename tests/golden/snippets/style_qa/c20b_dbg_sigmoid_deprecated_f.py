# F.sigmoid / F.tanh from old code
import torch
import torch.nn.functional as F

x = torch.tensor([-1.0, 0.0, 1.0])
print(F.sigmoid(x))
print(F.tanh(x))
print(torch.sigmoid(x) - F.sigmoid(x))
