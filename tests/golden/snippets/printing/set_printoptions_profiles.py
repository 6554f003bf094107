import torch

t = torch.arange(1200.) / 7
torch.set_printoptions(profile="short")
print(t)
torch.set_printoptions(profile="full")
print(torch.arange(1010)[-15:])
print(torch.arange(1100).shape)
torch.set_printoptions(profile="default")
print(t[:5])
