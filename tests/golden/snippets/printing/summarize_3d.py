import torch

print(torch.arange(2 * 30 * 30).reshape(2, 30, 30))
print(torch.ones(10, 10, 11))
