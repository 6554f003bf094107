# Quiz: what does the tensor look like with a tiny threshold and edgeitems?
import torch

t = torch.arange(12).reshape(3, 4)
torch.set_printoptions(threshold=5, edgeitems=1)
print(t)
print(torch.arange(7.0))
torch.set_printoptions(threshold=1000, edgeitems=3)
print(t)
