# Quiz: does writing through out= count as an in-place change?
import torch

dest = torch.zeros(3)
print(dest._version)
torch.add(torch.tensor([1.0, 2.0, 3.0]), 10, out=dest)
print(dest, dest._version)
dest.copy_(torch.ones(3))
print(dest._version)
dest.fill_(4.0)
print(dest._version)
