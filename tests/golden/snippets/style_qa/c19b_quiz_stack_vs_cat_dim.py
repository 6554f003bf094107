# Quiz 100: stack adds a dim, cat does not
import torch

a = torch.zeros(2, 3)
b = torch.ones(2, 3)
print(torch.stack([a, b]).shape, torch.stack([a, b], dim=2).shape, torch.stack([a, b], -1).shape)
print(torch.cat([a, b]).shape, torch.cat([a, b], 1).shape)
try:
    torch.stack([a, b], dim=3)
except IndexError as e:
    print(e)
try:
    torch.cat([a, b], dim=2)
except IndexError as e:
    print(e)
print(torch.stack([torch.tensor(1), torch.tensor(2)]))
