import torch

x = torch.arange(2000)
print(x)
print(torch.arange(12.0).view(3, 4) / 7)
torch.set_printoptions(precision=2, threshold=5, edgeitems=1)
print(torch.arange(10.0) / 3)
torch.set_printoptions(profile="default")
print(torch.tensor([1e-5, 1.0, 1e5]))
