# Indexing past the end of a dimension.
import torch

x = torch.arange(3)
try:
    x[5]
except IndexError as e:
    print(type(e).__name__, e)
m = torch.zeros(2, 2)
try:
    m[0, 3] = 1.0
except IndexError as e:
    print(type(e).__name__, e)
print(x[-1], x[1:10])
