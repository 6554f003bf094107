# Q: unsupported operation: more than one element of the written-to tensor refers to a single memory location
import torch

row = torch.tensor([1.0, 2.0, 3.0])
big = row.expand(4, 3)
print(big.stride())
try:
    big.add_(1)
except RuntimeError as e:
    print("RuntimeError:", str(e).splitlines()[0])
rep = row.repeat(4, 1)
rep.add_(1)
print(rep, row)
