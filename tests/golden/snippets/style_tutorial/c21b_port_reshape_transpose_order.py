# numpy .T on 3-D arrays reverses all axes; torch .T on >2 dims is deprecated-ish, use permute
import numpy as np
import torch

a = np.arange(24).reshape(2, 3, 4)
t = torch.arange(24).reshape(2, 3, 4)
print(a.T.shape, t.permute(2, 1, 0).shape)
print(np.array_equal(a.T, t.permute(2, 1, 0).numpy()))
print(t.mT.shape)
print(np.transpose(a, (1, 0, 2)).shape, t.transpose(0, 1).shape)
print(t.reshape(-1, 4).shape, t.view(6, -1).is_contiguous())
try:
    t.transpose(0, 1).view(-1)
except RuntimeError as e:
    print(e)
