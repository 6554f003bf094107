# PyTorch in 10 minutes - Part 3: talking to NumPy
import numpy as np
import torch

grid = np.linspace(0, 1, 4, dtype=np.float32).reshape(2, 2)
shared = torch.from_numpy(grid)
copied = torch.as_tensor(grid.copy())
grid *= 10
print(f"shared sees the change: {shared}")
print(f"copy does not: {copied}")
print(torch.from_numpy(np.arange(3)).dtype, torch.from_numpy(np.ones(2, dtype=bool)))
weights = torch.full((2,), 0.5, requires_grad=True)
try:
    weights.numpy()
except RuntimeError as err:
    print(f"Error: {err}")
print(weights.detach().cpu().numpy().tolist())
