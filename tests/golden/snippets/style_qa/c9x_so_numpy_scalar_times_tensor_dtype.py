# Q: why does multiplying by a numpy float keep float32 but np.array turns things into float64?
import numpy as np
import torch

t = torch.ones(3)
s = np.float64(2.5)
print((t * s).dtype, (s * t).dtype if isinstance(s * t, torch.Tensor) else type(s * t).__name__)
print(t * 2.5, (t * np.float32(2.5)).dtype)
print((t + torch.from_numpy(np.array([1.0, 2.0, 3.0]))).dtype)
print(torch.tensor(np.array([1.0, 2.0])).dtype, torch.tensor([1.0, 2.0]).dtype)
print(torch.as_tensor(np.arange(3)).dtype, torch.tensor(np.int32(7)).dtype)
print(torch.tensor(np.float64(1.5)), torch.tensor(3.5).item(), type(torch.tensor(3.5).item()).__name__)
a = np.array([1, 2, 3], dtype=np.float32)
print(torch.from_numpy(a) * torch.tensor(2, dtype=torch.float64))
print((torch.arange(3) * np.float64(0.5)).dtype, (torch.arange(3) * 0.5).dtype)
print(float(torch.tensor([4.25])), int(torch.tensor(3.9)))
