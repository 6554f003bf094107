# Printing float64 results with more digits via set_printoptions, then resetting.
import torch

v = torch.tensor([1 / 3, 2 / 3, 1e-5], dtype=torch.float64)
print(v)
torch.set_printoptions(precision=10)
print(v)
torch.set_printoptions(sci_mode=False)
print(v)
torch.set_printoptions(profile="default")
print(v)
print(torch.tensor([1e10, 1.0], dtype=torch.float64))
