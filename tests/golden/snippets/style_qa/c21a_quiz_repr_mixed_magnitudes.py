# Quiz: predict the formatting of each line.
import torch

print(torch.tensor([0.25, 12.5]))
print(torch.tensor([250.0, 0.004]))
print(torch.tensor([3e-4, 5e4]))
print(torch.tensor([-0.0, 7.0]))
print(torch.tensor([1000.5]))
print(torch.tensor([[1.0, -2.0], [0.125, 8.0]]))
