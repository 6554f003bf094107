# Q: unflatten, split and chunk argument errors.
import torch

x = torch.arange(10)
try:
    x.unflatten(0, (3, 3))
except RuntimeError as e:
    print(e)
print([p.tolist() for p in x.split([3, 7])])
try:
    x.split([3, 3])
except RuntimeError as e:
    print(e)
print([p.shape[0] for p in x.chunk(4)], [p.shape[0] for p in x.tensor_split(4)])
try:
    x.chunk(0)
except RuntimeError as e:
    print(e)
