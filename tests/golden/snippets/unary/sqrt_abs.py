import torch

t = torch.tensor([4., 2., 0.])
print(torch.sqrt(t))
print(t.sqrt())
print(torch.sqrt(torch.tensor([-1.])))
a = torch.tensor([-3., 0., 2.5])
print(torch.abs(a), a.abs())
print(torch.abs(torch.tensor([-3, 3])))
print(torch.tensor([4, 9]).sqrt())
