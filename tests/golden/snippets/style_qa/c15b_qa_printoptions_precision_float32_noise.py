# Q: with more printed digits, 0.1 shows garbage. And how do I print every element?
import torch

vals = torch.tensor([0.1, 1 / 3, 2.0])
torch.set_printoptions(precision=10)
print(vals)
print(vals.to(torch.float64))
torch.set_printoptions(precision=3, threshold=6, edgeitems=2)
print(torch.linspace(0, 1, 9))
print(torch.linspace(0, 1, 12).view(6, 2))
torch.set_printoptions(threshold=float('inf'))
print(torch.linspace(0, 1, 9))
torch.set_printoptions(profile='default')
print(torch.tensor([2e-5, 1.0, 3e5]), torch.tensor([2e-5, 1.0, 3e5]).tolist())
