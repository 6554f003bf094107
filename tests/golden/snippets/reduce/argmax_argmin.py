import torch

t = torch.tensor([[3., 7., 1.], [9., 2., 9.]])
print(t.argmax())
print(t.argmin())
print(t.argmax(dim=0))
print(t.argmax(dim=1))
print(torch.argmin(t, dim=1, keepdim=True))
print(torch.tensor([5, 5, 1, 5]).argmax())
print(torch.tensor([2., 1., 1.]).argmin())
