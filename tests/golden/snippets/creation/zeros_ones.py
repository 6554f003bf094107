import torch

print(torch.zeros(2, 3))
print(torch.zeros((2, 3)))
print(torch.ones(3))
print(torch.ones(3, dtype=torch.int64))
print(torch.ones(2, 2, 2))
print(torch.zeros([4], dtype=torch.bool))
print(torch.zeros(0))
print(torch.ones(()))
