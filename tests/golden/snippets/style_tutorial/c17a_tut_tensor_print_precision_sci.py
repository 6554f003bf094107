# How losses and weights print: set_printoptions precision, sci_mode and .item() floats
import torch

vals = torch.tensor([0.000012345, 1.5, 1234.5678])
print(vals)
torch.set_printoptions(precision=2)
print(vals, torch.tensor([0.1234, 5.6789]))
torch.set_printoptions(sci_mode=False, precision=6)
print(vals)
torch.set_printoptions(profile="default")
print(torch.tensor([1e-8, 1.0]), torch.tensor(1e10), torch.tensor([123456789.0]))
print(torch.tensor(0.1).item(), torch.tensor(0.1, dtype=torch.float64).item(), float(torch.tensor(2.5)))
