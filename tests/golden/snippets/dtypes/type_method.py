import torch

t = torch.tensor([1.5, 2.5])
print(t.type())
print(t.type(torch.float64))
print(t.type(torch.int64))
print(torch.tensor([1]).type())
print(torch.tensor([True]).type())
print(t.double().type())
