import torch

t = torch.arange(24).reshape(2, 3, 4)
print(t.flatten().shape)
print(t.flatten(1).shape)
print(torch.flatten(t, 0, 1).shape)
print(t.flatten(start_dim=1, end_dim=-1).shape)
print(torch.tensor([[1, 2], [3, 4]]).flatten())
print(torch.tensor(5).flatten())
