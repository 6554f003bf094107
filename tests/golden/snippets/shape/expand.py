import torch

v = torch.tensor([1., 2., 3.])
print(v.expand(2, 3))
print(v.expand(2, -1).shape)
c = torch.tensor([[1.], [2.]])
print(c.expand(2, 4))
print(c.expand_as(torch.zeros(2, 3)))
print(v.expand(2, 2, 3).shape)
print(v.expand(2, 3).is_contiguous())
