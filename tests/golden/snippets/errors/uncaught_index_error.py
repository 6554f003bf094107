import torch

x = torch.tensor([[1, 2], [3, 4]])
print(x[1, 1])
print(x[2])
