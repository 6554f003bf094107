# Q: adding a Python list or a string to a tensor.
import torch

t = torch.tensor([1.0, 2.0])
try:
    t + [1.0, 2.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t + "1"
except TypeError as e:
    print(type(e).__name__, e)
print(t + True, t * False)
print([1.0, 2.0] * 2, t * 2)
