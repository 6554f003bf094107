import torch

print(torch.arange(3.))
print(torch.arange(6.).reshape(2, 3))
print(torch.arange(12).reshape(2, 3, 2))
print(torch.arange(16).reshape(2, 2, 2, 2))
print(torch.zeros(1, 1, 1))
