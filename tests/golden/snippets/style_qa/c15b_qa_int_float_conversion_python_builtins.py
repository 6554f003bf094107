# Q: int(t), float(t), math.floor(t), operator.index(t) — which work on tensors?
import math
import operator
import torch

t = torch.tensor(3.7)
print(int(t), float(t), round(float(t)), math.floor(t), math.ceil(t))
print(int(torch.tensor(-3.7)), operator.index(torch.tensor(5)))
try:
    operator.index(t)
except TypeError as e:
    print(e)
print(bool(torch.tensor(0.0)), bool(torch.tensor([2])), complex(torch.tensor(1.5)))
print([1, 2, 3, 4][torch.tensor(2)], range(10)[torch.tensor(3)])
try:
    [1, 2, 3][torch.tensor(1.0)]
except TypeError as e:
    print(e)
