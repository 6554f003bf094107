# Quiz 55: torch.tensor on a list of tensors
import torch

rows = [torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0])]
try:
    print(torch.tensor(rows))
except Exception as err:
    print(type(err).__name__, err)
print(torch.stack(rows))
scalars = [torch.tensor(1), torch.tensor(2.5)]
print(torch.tensor(scalars))
print(torch.tensor([torch.tensor([7])]))
