# what float64 tensors look like when printed, and set_printoptions for more digits
import torch

x = torch.tensor([1 / 3, 2 / 3, 1e-10], dtype=torch.float64)
print(x)
torch.set_printoptions(precision=10)
print(x)
torch.set_printoptions(precision=4, sci_mode=False)
print(x)
torch.set_printoptions(profile="default")
print(torch.tensor([1e-8, 1.0], dtype=torch.float64))
