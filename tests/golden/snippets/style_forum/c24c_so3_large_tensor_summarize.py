# Q: why does my tensor print with ...
import torch

print(torch.arange(1001))
print(torch.arange(30.0).reshape(3, 10))
print(torch.ones(2, 1000)[:, :3])
torch.set_printoptions(threshold=5, edgeitems=2)
print(torch.arange(10))
print(torch.arange(12).reshape(4, 3))
