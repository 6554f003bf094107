# Assigning .data: only a tensor, and no integer values under requires_grad (Module.type to an int type too).
import numpy as np
import torch

w = torch.ones(2, requires_grad=True)
for value in ([1.0], np.ones(2), 3, None, (1, 2)):
    try:
        w.data = value
    except TypeError as e:
        print(e)
w.data = torch.tensor([1.5, 2.5, 3.5], dtype=torch.float64)
print(w, w.dtype, w.requires_grad)
try:
    w.data = torch.tensor([1, 2])
except RuntimeError as e:
    print(e)
frozen = torch.zeros(2)
frozen.data = torch.tensor([4, 5])
print(frozen, frozen.dtype)
layer = torch.nn.Linear(2, 1)
try:
    layer.type(torch.int32)
except RuntimeError as e:
    print(e)
