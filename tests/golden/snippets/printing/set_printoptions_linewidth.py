import torch

torch.set_printoptions(linewidth=40)
print(torch.arange(20.))
print(torch.arange(30))
torch.set_printoptions(linewidth=120)
print(torch.arange(30.))
