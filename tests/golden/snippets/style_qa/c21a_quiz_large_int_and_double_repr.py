# Quiz: how are large integers and doubles printed?
import torch

print(torch.tensor([2 ** 40, 1]))
print(torch.tensor([123456789.0], dtype=torch.float64))
print(torch.tensor([123456789.0]))
print(torch.tensor([1e-20, 1e20], dtype=torch.float64))
print(torch.tensor([0.1, 0.25], dtype=torch.bfloat16))
