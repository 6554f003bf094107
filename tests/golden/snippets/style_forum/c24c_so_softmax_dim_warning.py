# Q: Implicit dimension choice for softmax has been deprecated
import torch
import torch.nn as nn
import torch.nn.functional as F

logits = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(F.softmax(logits, dim=1))
print(nn.Softmax()(logits))
print(F.softmax(logits, dim=0).sum(0))
print(nn.Softmax(dim=-1))
