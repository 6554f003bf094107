import torch

t = torch.tensor([1., -2., 4.])
print(torch.neg(t), t.neg())
print(torch.reciprocal(t), t.reciprocal())
print(torch.square(t), t.square())
print(torch.tensor([0.]).reciprocal())
print(torch.square(torch.tensor([3, -4])))
print(torch.tensor([2, 4]).reciprocal())
