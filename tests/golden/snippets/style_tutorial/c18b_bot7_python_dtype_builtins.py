# Using Python's built-in types as dtypes
import torch

print(torch.zeros(2, dtype=float).dtype)
print(torch.tensor([1, 2], dtype=int).dtype)
print(torch.ones(2, dtype=bool))
print(torch.tensor([1.7, -1.7]).to(int))
print(torch.arange(3, dtype=complex))
try:
    torch.zeros(2, dtype="float32")
except TypeError as e:
    print("TypeError:", e)
