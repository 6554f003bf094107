import torch

torch.set_printoptions(threshold=5)
print(torch.arange(10))
print(torch.arange(5))
torch.set_printoptions(threshold=5, edgeitems=1)
print(torch.arange(10.))
print(torch.arange(36).reshape(6, 6))
torch.set_printoptions(edgeitems=2)
print(torch.arange(36).reshape(6, 6))
