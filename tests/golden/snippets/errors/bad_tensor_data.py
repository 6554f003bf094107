import torch

try:
    torch.tensor([[1, 2], [3]])
except ValueError as e:
    print(type(e).__name__, e)
try:
    torch.tensor("abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    torch.tensor([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
torch.tensor([[1, 2], 3])
