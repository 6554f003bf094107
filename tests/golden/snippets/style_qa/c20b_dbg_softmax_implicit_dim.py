# softmax without dim (old tutorial code)
import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])
print(F.softmax(x))
print(nn.Softmax()(x))
print(F.log_softmax(x[0]))
