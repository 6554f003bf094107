# Index tensors: a uint8 one is a mask (deprecated, with a warning), int8/int16 ones are refused,
# NumPy integer arrays of any width are positions; a uint8 mask with a scalar goes to masked_fill_.
import numpy as np
import torch

x = torch.arange(12.0).reshape(3, 4)
print(x[torch.tensor([1, 0, 2], dtype=torch.uint8)])
print(x[np.array([1, 0], dtype=np.int8)], x[torch.tensor(1, dtype=torch.int8)])
w = torch.ones(3, requires_grad=True)
print(w[torch.tensor([0, 1, 1], dtype=torch.uint8)])
for key in (torch.tensor([1, 0], dtype=torch.int8), torch.tensor([0], dtype=torch.int16),
            torch.tensor([1, 0], dtype=torch.uint8)):
    try:
        print(x[key])
    except IndexError as e:
        print(type(e).__name__, e)
y = x.clone()
try:
    y[torch.tensor([0, 0, 1], dtype=torch.uint8)] = -1.0
except RuntimeError as e:
    print(e)
y[torch.tensor([0, 0, 1], dtype=torch.uint8)] = torch.full((4,), -2.0)
print(y)
try:
    print(x[::0])
except ValueError as e:
    print(e)
