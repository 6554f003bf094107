# integer defaults differ: numpy int64 arange vs torch int64, and true division
import numpy as np
import torch

print(np.arange(5).dtype, torch.arange(5).dtype)
print(torch.tensor([1, 2, 3]).dtype, torch.tensor([1.0, 2]).dtype)
idx = torch.arange(6)
print(idx / 2)
print(idx // 4, np.arange(6) // 4)
try:
    torch.arange(3).mean()
except RuntimeError as e:
    print(e)
print(torch.arange(3).float().mean())
print(torch.tensor(np.int32(7)).dtype, torch.tensor(np.float32(1.5)).dtype)
