import torch
import torch.nn.functional as F

t = torch.tensor([1., 2., 3.])
print(F.softmax(t))
print(F.log_softmax(t))
print(F.softmax(t, dim=0))
