import warnings
import numpy as np
import torch

arr = np.arange(4.0)
rev = arr[::-1]
try:
    torch.from_numpy(rev)
except Exception as e:
    print(type(e).__name__, str(e)[:100])
print(torch.from_numpy(rev.copy()))
ro = np.arange(3)
ro.setflags(write=False)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    t = torch.from_numpy(ro)
print(t, len(w), str(w[0].message)[:60] if w else "")
shared = torch.from_numpy(arr)
arr[0] = 100
print(shared[0].item(), torch.tensor(arr)[1].item())
