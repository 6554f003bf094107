# Errors from mixing dtypes: a float64 batch (from numpy) into a float32 Linear, and the usual fixes.
import numpy as np
import torch

torch.manual_seed(1470)
layer = torch.nn.Linear(3, 2)
batch = torch.from_numpy(np.linspace(0, 1, 6).reshape(2, 3))
print(batch.dtype, layer.weight.dtype)
try:
    layer(batch)
except RuntimeError as e:
    print(e)
print(layer(batch.float()))
print(layer.double()(batch).dtype, layer.weight.dtype)
try:
    torch.mm(torch.ones(2, 2), torch.ones(2, 2, dtype=torch.int64))
except RuntimeError as e:
    print(e)
try:
    torch.nn.functional.cross_entropy(torch.randn(2, 3), torch.tensor([0.0, 1.0]))
except RuntimeError as e:
    print(e)
print((torch.ones(2, dtype=torch.int32) + torch.ones(2, dtype=torch.float16)).dtype, (torch.tensor([1, 2]) / 2).dtype)
