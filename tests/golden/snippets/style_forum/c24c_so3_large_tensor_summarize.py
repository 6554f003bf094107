# Q: why does my tensor print with ...
import torch

print(torch.arange(1001))
print(torch.arange(30.0).reshape(3, 10))
print(torch.ones(2, 1000)[:, :3])
torch.set_printoptions(threshold=8, edgeitems=1)
print(torch.arange(9))
print(torch.arange(20).reshape(5, 4))
print(torch.arange(8))
