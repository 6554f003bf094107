# Exercise: one-hot encode labels three ways
import torch
import torch.nn.functional as F

labels = torch.tensor([2, 0, 1, 2])
a = torch.zeros(4, 3).scatter_(1, labels.unsqueeze(1), 1.0)
b = torch.eye(3)[labels]
c = F.one_hot(labels, 3)
print(a)
print(b.equal(a), c.dtype, c.float().equal(a))
print(a.argmax(dim=1))
