import torch

t = torch.tensor([1 / 3, 2 / 3, 12.5])
torch.set_printoptions(precision=2)
print(t)
torch.set_printoptions(precision=6)
print(t)
torch.set_printoptions(precision=0)
print(t)
torch.set_printoptions(profile="default")
print(t)
