# Quiz 64: round() of .5 values
import torch

x = torch.tensor([0.5, 1.5, 2.5, -0.5, -1.5])
print(x.round())
print([round(v) for v in x.tolist()])
print(torch.round(torch.tensor([1.2345, 9.8765]), decimals=2))
print(torch.round(torch.tensor([1234.5]), decimals=-2))
print(x.int(), (x + 0.5).floor())
