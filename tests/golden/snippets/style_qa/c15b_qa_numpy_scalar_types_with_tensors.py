# Q: mixing numpy scalars and arrays with tensors — what dtype and type come out?
import numpy as np
import torch

t = torch.tensor([1.0, 2.0])
print((t * np.float64(2.0)).dtype, type(t * np.float64(2.0)).__name__)
print((t + np.int64(3)).dtype, torch.tensor(np.float64(2.5)).dtype, torch.tensor(np.int32(7)).dtype)
print(torch.tensor(np.array(3.0)).shape, torch.from_numpy(np.array(3.0)).dtype)
print(torch.tensor([np.float32(1.5), np.float32(2.5)]).dtype)
arr = np.array([True, False])
print(torch.from_numpy(arr), torch.as_tensor(np.arange(3, dtype=np.uint8)))
print(t.numpy().dtype, t.double().numpy().dtype, t.tolist(), type(t[0].item()).__name__)
