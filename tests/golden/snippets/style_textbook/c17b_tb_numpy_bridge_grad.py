# NumPy bridge: share memory, refuse tensors that require grad.
import numpy as np
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
try:
    w.numpy()
except RuntimeError as err:
    print(err)
arr = w.detach().numpy()
arr[0] = 10.0
print(w)
print(np.asarray(w.detach() * 2), arr.dtype)
print(torch.from_numpy(np.arange(3)).dtype, torch.as_tensor(arr).data_ptr() == w.data_ptr())
