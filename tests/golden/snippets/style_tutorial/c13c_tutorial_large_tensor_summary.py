import torch

big = torch.arange(2000).reshape(40, 50)
print(big)
print(torch.arange(1001))
print(torch.arange(999))
torch.set_printoptions(threshold=10, edgeitems=2)
print(torch.arange(20).float())
print(torch.arange(60).reshape(3, 4, 5))
torch.set_printoptions(threshold=1000, edgeitems=3)
print(torch.linspace(0, 1, 1500)[:8])
print(torch.ones(1001, dtype=torch.bool))
