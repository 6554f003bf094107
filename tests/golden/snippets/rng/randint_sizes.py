import torch

torch.manual_seed(0)
print(torch.randint(0, 10, (3,)))
print(torch.randint(0, 10, (20,)))
print(torch.randint(-100, 100, (4, 4)))
print(torch.randint(0, 2, (16,)))
