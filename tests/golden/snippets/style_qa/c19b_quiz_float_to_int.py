# Quiz 38: casting floats to int
import torch

x = torch.tensor([-2.7, -0.5, 0.5, 2.7])
print(x.int())
print(x.long(), x.to(torch.int64).dtype)
print(x.round(), x.floor(), x.ceil(), x.trunc())
print(torch.tensor([0.5, 1.5, 2.5]).round())
print(x.to(torch.uint8) if False else x.abs().to(torch.uint8))
print(int(x[0]), round(x[3].item()))
