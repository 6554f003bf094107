# Making a copy of a tensor
import torch

original = torch.tensor([1.0, 2.0, 3.0])
copy = torch.tensor(original)  # create a new tensor from the old one
copy[0] = 100.0
print("original:", original)
print("copy:", copy)
better = original.clone().detach()
print(better.data_ptr() == original.data_ptr())
