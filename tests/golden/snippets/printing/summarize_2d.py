import torch

print(torch.arange(10000).reshape(100, 100))
print(torch.zeros(50, 30))
print(torch.arange(3003.).reshape(3, 1001))
