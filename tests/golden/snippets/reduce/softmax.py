import torch
import torch.nn.functional as F

t = torch.tensor([1., 2., 3.])
print(torch.softmax(t, dim=0))
print(t.softmax(-1))
print(F.softmax(t, dim=0))
print(torch.softmax(t, dim=0).sum())
m = torch.tensor([[1., 1.], [0., 2.]])
print(F.softmax(m, dim=1))
print(F.softmax(m, dim=0))
