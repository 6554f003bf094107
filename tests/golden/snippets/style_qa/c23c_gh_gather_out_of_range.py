# Issue: "gather index out of bounds" error text on CPU.
import torch

x = torch.arange(6.0).reshape(2, 3)
try:
    torch.gather(x, 1, torch.tensor([[0, 3], [1, 2]]))
except RuntimeError as e:
    print(e)
print(torch.gather(x, 1, torch.tensor([[2, 0], [1, 1]])))
try:
    torch.gather(x, 1, torch.tensor([[0.0]]))
except RuntimeError as e:
    print(e)
