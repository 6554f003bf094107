# Printing shapes (the assistant forgot to call .size)
import torch

x = torch.zeros(2, 5)
print(x.shape, x.size(), x.size(1), x.size(-1))
print(type(x.size).__name__)
print(x.shape == (2, 5), x.shape == [2, 5], list(x.shape))
try:
    x.size[0]
except TypeError as e:
    print("TypeError:", e)
