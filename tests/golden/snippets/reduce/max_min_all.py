import torch

t = torch.tensor([[3., 7., 1.], [9., 2., 5.]])
print(t.max())
print(t.min())
print(torch.max(t), torch.min(t))
print(torch.tensor([4, 8, 2]).max())
print(t.amax(dim=1), t.amin(dim=0))
