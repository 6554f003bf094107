# Q: unsupported operation: more than one element of the written-to tensor refers to a single memory location
import torch

vec = torch.tensor([1.0, 2.0, 3.0])
wide = vec.expand(4, 3)
print(wide.stride())
try:
    wide.add_(1)
except RuntimeError as e:
    print("RuntimeError:", str(e).splitlines()[0])
tiled = vec.repeat(4, 1)
tiled.add_(1)
print(tiled, vec)
