import torch

print(len(torch.zeros(4)))
print(len(torch.zeros(2, 5)))
print(len(torch.zeros(0, 3)))
print(len(torch.tensor([[1, 2, 3]])))
