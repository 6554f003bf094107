import torch

print(torch.arange(30.))
print(torch.linspace(0, 1, 20))
print(torch.arange(40))
print(torch.arange(25.).reshape(1, 25))
print(torch.tensor([1e-5] * 10))
