# Q&A: "Can't call numpy() on Tensor that requires grad", the detach().numpy() fix and its
# memory sharing, and tolist()/item() as alternatives.
import torch
import numpy as np

torch.manual_seed(55)
w = torch.randn(2, 3, requires_grad=True)
out = w * 2
try:
    out.numpy()
except RuntimeError as e:
    print(e)
arr = out.detach().numpy()
print(arr.dtype, arr.shape)
arr[0, 0] = 100.0
print(out[0, 0].item(), out.tolist()[1])
print(np.mean(w.detach().numpy()), w.mean().item())
print(torch.from_numpy(np.arange(3.0)).dtype, torch.tensor(np.float32(2.5)).dtype)
