# np.cumsum / np.diff / np.cumprod carry over
import numpy as np
import torch

x = torch.tensor([1.0, 4.0, 9.0, 16.0, 25.0])
print(torch.cumsum(x, dim=0), np.cumsum(x.numpy()))
print(torch.diff(x), torch.diff(x, n=2))
print(torch.diff(x, prepend=torch.tensor([0.0])))
print(torch.cumprod(torch.tensor([1, 2, 3, 4]), 0))
print(x.cummax(0))
print(torch.logcumsumexp(torch.log(x), 0).exp())
