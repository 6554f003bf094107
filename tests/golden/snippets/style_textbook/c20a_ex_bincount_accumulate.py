# Exercise: given a vector, add 1 to each element indexed by a second vector (repeated indices!)
import torch

Z = torch.ones(10)
torch.manual_seed(8)
I = torch.randint(0, len(Z), (20,))
print(I)
Z += torch.bincount(I, minlength=len(Z))
print(Z)
Z2 = torch.ones(10).index_add_(0, I, torch.ones(20))
print(Z2.equal(Z))
