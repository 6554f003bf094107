# Q: how do I print more digits / no scientific notation?
import torch

x = torch.tensor([0.000123, 12345.678, 1.0])
print(x)
torch.set_printoptions(precision=2, sci_mode=False)
print(x)
torch.set_printoptions(profile="full")
print(torch.arange(1005)[-3:])
torch.set_printoptions(profile="default")
print(torch.arange(2000.0))
