# Q: "unsupported operation: more than one element of the written-to tensor refers to a single memory location"
import torch

base = torch.tensor([1.0, 2.0])
e = base.expand(3, 2)
print(e.stride())
try:
    e.add_(1)
except RuntimeError as err:
    print(err)
f = e.clone()
f.add_(1)
print(f, base)
