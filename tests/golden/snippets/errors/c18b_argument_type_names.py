# The parser names a wrong argument's type as PyTorch does: Python classes bare, C types dotted
import collections
import fractions

import numpy as np
import torch


class Batch:
    pass


for value in (Batch(), torch.nn.Linear(2, 2), fractions.Fraction(1, 2), collections.OrderedDict(),
              np.array([1.0]), np.float32(1.0), torch.Size([2]), torch.finfo(torch.float32), torch.strided,
              torch.contiguous_format, torch.max(torch.ones(2), 0), torch.Generator(), range(2), None):
    try:
        torch.exp(value)
    except TypeError as e:
        print(e)
try:
    torch.zeros(Batch())
except TypeError as e:
    print(e)
