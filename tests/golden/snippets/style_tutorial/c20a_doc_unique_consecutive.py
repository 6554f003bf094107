# torch.unique and unique_consecutive with their keyword flags
import torch

output = torch.unique(torch.tensor([1, 3, 2, 3], dtype=torch.long))
print(output)
output, inverse_indices = torch.unique(torch.tensor([1, 3, 2, 3], dtype=torch.long), sorted=True, return_inverse=True)
print(output, inverse_indices)
output, counts = torch.unique(torch.tensor([[2, 3], [2, 1]]), return_counts=True)
print(output, counts)
x = torch.tensor([1, 1, 2, 2, 3, 1, 1, 2])
print(torch.unique_consecutive(x))
print(torch.unique_consecutive(x, return_inverse=True))
print(torch.unique_consecutive(x, return_counts=True))
print(torch.unique(torch.tensor([[1, 2], [1, 2], [0, 5]]), dim=0))
