# Q: "Can't call numpy() on Tensor that requires grad" - detach().numpy(), tolist, and memory sharing.
import numpy as np
import torch

w = torch.tensor([0.5, -1.5, 2.0], requires_grad=True)
out = w * 2
try:
    out.numpy()
except RuntimeError as e:
    print(e)
try:
    w.numpy()
except RuntimeError as e:
    print(e)
a = out.detach().numpy()
print(a, a.dtype, type(a).__name__)
print(w.tolist(), out.tolist(), w.detach().cpu().numpy().tolist())
with torch.no_grad():
    n = w.numpy() if not w.requires_grad else w.detach().numpy()
n[0] = 100.0
print(w)
print(np.asarray(out.detach()) * 2)
arr = np.array(out.detach())
arr[1] = 7
print(out)
print(torch.from_numpy(a).requires_grad, torch.as_tensor(a) is not None)
try:
    np.array(w)
except RuntimeError as e:
    print(e)
