import torch

t = torch.tensor([[2., 8.], [6., 4.]])
print(t.max(1))
print(t.min(0))
print(t.sort(1))
print(torch.sort(torch.tensor([3, 1, 2]), descending=True))
print(t.max(1, keepdim=True).indices)
