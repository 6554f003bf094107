# Observations from a gym-like env arrive as numpy arrays
import warnings
import numpy as np
import torch

obs = [np.array([0.1, 0.2, 0.3]), np.array([0.4, 0.5, 0.6])]
batch = torch.tensor(obs)
print(batch.dtype, batch.shape)
better = torch.as_tensor(np.stack(obs), dtype=torch.float32)
print(better)
layer = torch.nn.Linear(3, 1)
try:
    layer(torch.from_numpy(obs[0]))
except RuntimeError as e:
    print(e)
print(torch.tensor(np.float64(1.5)).dtype, torch.tensor(np.int64(3)).dtype)
print(torch.from_numpy(np.array([True, False])).dtype)
