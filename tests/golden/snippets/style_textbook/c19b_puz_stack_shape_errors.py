# Puzzle: stack, cat and the shape errors they give
import torch

a = torch.zeros(2, 3)
b = torch.ones(3, 3)
print(torch.cat([a, b]).shape)
try:
    torch.stack([a, b])
except RuntimeError as e:
    print(e)
try:
    torch.cat([a, b], dim=1)
except RuntimeError as e:
    print(e)
try:
    torch.cat([a, torch.ones(3)])
except RuntimeError as e:
    print(e)
print(torch.cat([a, torch.ones(0)]).shape)
