# Section 8.10: mode with ties and along rows
import torch

print(torch.tensor([1, 2, 2, 1]).mode())
print(torch.tensor([[1, 1, 2], [3, 2, 2]]).mode(dim=1))
print(torch.tensor([0.5, 0.5, 0.25]).mode().values)
print(torch.tensor([[1, 2], [1, 3]]).mode(dim=0, keepdim=True).values)
