# Building side-feature vectors with hstack, vstack and column_stack
import torch

age = torch.tensor([0.2, 0.5, 0.9])
genre = torch.tensor([[1, 0], [0, 1], [1, 1]])
print(torch.hstack([age.unsqueeze(1), genre]))
print(torch.column_stack([age, genre]))
print(torch.vstack([age, age * 2]))
print(torch.dstack([age, age]).shape)
print(torch.hstack([age, torch.tensor([1.0])]))
try:
    torch.hstack([age.unsqueeze(1), genre.T])
except RuntimeError as e:
    print(e)
