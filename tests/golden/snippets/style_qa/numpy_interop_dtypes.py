# Q: mixing numpy arrays and tensors: dtypes, sharing memory and conversion back.
import numpy as np
import torch

a = np.array([1.0, 2.0, 3.0])
t = torch.from_numpy(a)
print(t, t.dtype)
t2 = torch.tensor(a, dtype=torch.float32)
a[0] = 100
print(t, t2)
print(torch.as_tensor(np.arange(3)), torch.as_tensor([1, 2]).dtype)
print(np.float32(2.5) * torch.ones(2), (torch.ones(2) * np.float64(2.0)).dtype)
print(torch.tensor(np.float64(1.5)).dtype, torch.tensor(np.int64(3)).dtype)
x = torch.arange(4.0)
print(np.asarray(x), x.numpy().dtype, np.sum(x.numpy()))
print(torch.tensor([np.float32(1), np.float32(2)]))
print(type(x.tolist()[0]), type(torch.tensor([1, 2]).tolist()[1]))
