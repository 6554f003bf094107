# np.outer, np.tile, np.repeat in torch (repeat vs repeat_interleave trap)
import numpy as np
import torch

a = torch.tensor([1, 2, 3])
print(torch.outer(a, a))
print(np.tile(a.numpy(), 2), torch.tile(a, (2,)))
print(np.repeat(a.numpy(), 2), torch.repeat_interleave(a, 2))
print(a.repeat(2))
print(torch.tile(a, (2, 1)))
print(a.repeat_interleave(torch.tensor([1, 0, 2])))
