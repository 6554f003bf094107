# zeros_like/ones_like/empty_like/full/full_like/as_tensor and Tensor.new_* refuse a numpy dtype as PyTorch's parser does; Python's float is taken.
import numpy as np
import torch
x = torch.ones(2)
for e in ['torch.zeros_like(x, dtype=np.float64)', 'torch.ones_like(x, dtype=np.float64)', 'torch.empty_like(x, dtype=np.float64)', 'torch.full((2,), 1.0, dtype=np.float64)',
          'torch.full_like(x, 2, dtype=np.float64)', 'torch.as_tensor([1], dtype=np.float64)',
          'x.new_zeros(2, dtype=np.float64)', 'x.new_tensor([1], dtype=np.float64)', 'torch.zeros_like(x, dtype=float)', 'torch.rand(2, dtype=float)']:
    try:
        r = eval(e)
        print(e, '->', r.dtype, r.shape)
    except (TypeError, RuntimeError, ValueError) as err:
        print(e, '->', type(err).__name__, str(err).split('\n')[0])
