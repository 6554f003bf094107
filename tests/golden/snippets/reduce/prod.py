import torch

t = torch.tensor([[1., 2.], [3., 4.]])
print(t.prod())
print(t.prod(dim=0))
print(torch.prod(t, 1, keepdim=True))
print(torch.tensor([1, 2, 3, 4]).prod())
print(torch.tensor([2., 0., 5.]).prod())
