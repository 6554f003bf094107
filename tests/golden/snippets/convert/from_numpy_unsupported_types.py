# numpy arrays of types PyTorch has no dtype for: the error names numpy's scalar type.
import numpy as np
import torch

for a in [np.array(['a', 'b']), np.array([b'x']), np.array([None, 1], dtype=object),
          np.zeros(2, dtype=np.longdouble), np.array(['2024-01-01'], dtype='datetime64[D]')]:
    for make in (torch.from_numpy, torch.tensor, torch.as_tensor):
        try:
            make(a)
        except TypeError as e:
            print(make.__name__, "TypeError:", e)
