import warnings
import numpy as np
import torch

arrays = [np.array([1.0, 2.0]), np.array([3.0, 4.0])]
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    t = torch.tensor(arrays)
print(t, t.dtype)
print([m.category.__name__ for m in w], [str(m.message)[:90] for m in w])
print(torch.tensor(np.stack(arrays)).shape, torch.from_numpy(np.stack(arrays)).dtype)
