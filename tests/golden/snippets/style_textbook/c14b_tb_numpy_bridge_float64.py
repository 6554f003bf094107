# NumPy interop: from_numpy keeps float64 and shares memory; torch.tensor copies; .numpy() back again.
import numpy as np
import torch

arr = np.linspace(0.0, 1.0, 6).reshape(2, 3)
shared = torch.from_numpy(arr)
copied = torch.tensor(arr)
print(shared.dtype, copied.dtype, shared)
arr[0, 0] = -1.25
print(shared[0, 0].item(), copied[0, 0].item())
back = shared.numpy()
back[1, 2] = 7.0
print(arr[1, 2], type(back), back.dtype)
as32 = torch.from_numpy(arr).float()
print(as32, as32.dtype)
ints = torch.from_numpy(np.array([4, 5, 6]))
print(ints.dtype, ints * 0.5, ints // 4)
print(torch.as_tensor(np.float64(3.25)), torch.as_tensor([np.int32(1), np.int32(2)]).dtype)
mixed = shared + torch.ones(2, 3)
print(mixed.dtype, mixed.sum().item())
print(np.asarray(torch.arange(3.0)) * 2)
