import numpy as np
import torch

t = torch.tensor([1., 2.])
print(np.sum(t.numpy()))
print(torch.tensor(np.array([1, 2])) + t)
print(np.float32(2.0) * t)
print(t * np.float64(0.5))
print(np.asarray(t.numpy()) is t.numpy())
