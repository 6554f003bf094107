import torch

t = torch.tensor([10, 20, 30, 40])
print(t[[0, 2]])
print(t[torch.tensor([3, 0, 0])])
print(t[[-1]])
m = torch.arange(12).reshape(3, 4)
print(m[[0, 2]])
print(m[[0, 1], [1, 2]])
print(m[:, [3, 0]])
print(m[torch.tensor([[0, 1], [2, 2]])].shape)
