import torch

print(torch.arange(1000))
print(torch.arange(1001))
print(torch.arange(2000.))
print(torch.linspace(0, 1, 1001))
