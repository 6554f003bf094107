# Quiz: forcing or disabling scientific notation, and what tolist() shows meanwhile.
import torch

vals = torch.tensor([0.00037, 42.0])
print(vals)
torch.set_printoptions(sci_mode=False)
print(vals, vals.tolist())
print(vals.min())
torch.set_printoptions(sci_mode=True)
print(torch.tensor([6.0, 0.5]), torch.tensor(3))
print(vals.double())
torch.set_printoptions(sci_mode=None)
print(torch.tensor([6.0, 0.5]) * vals)
print(vals.half())
