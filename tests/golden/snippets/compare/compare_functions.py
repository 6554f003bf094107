import torch

a = torch.tensor([1, 5, 3])
print(torch.gt(a, 2))
print(torch.eq(a, torch.tensor([1, 0, 3])))
print(a.lt(4))
print(a.ge(3), a.le(3), a.ne(5))
print(torch.tensor([[1, 2], [3, 4]]) > torch.tensor([2, 2]))
