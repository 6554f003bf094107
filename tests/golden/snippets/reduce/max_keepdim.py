import torch

t = torch.tensor([[3., 7., 1.], [9., 2., 5.]])
print(t.max(dim=1, keepdim=True))
print(t.min(dim=0))
print(t.min(1, True))
print(t.max(-1).values.shape)
print(len(t.max(0)))
