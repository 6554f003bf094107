# dtype arguments: torch.dtype or Python's float/int/bool are taken; numpy types and strings are refused (to(), factories, tensor()).
import numpy as np
import torch
for e in ['torch.ones(2).to(np.float64)', 'torch.zeros(2, dtype=np.float64)', 'torch.ones(2, dtype=np.float32)', 'torch.tensor([1.0], dtype=np.float32)',
          'torch.ones(2).to(dtype=np.float64)', 'torch.empty(2, dtype=float).dtype', 'torch.ones(2).to(float)', 'torch.ones(2).to(int)', 'torch.ones(2).to(bool)',
          'torch.zeros(2, dtype="float32")', 'torch.ones(2).to(np.dtype("float32"))', 'torch.ones(2).to("cpu", torch.float64)', 'torch.ones(2).to(torch.device("cpu"), float)',
          'torch.ones(2).to(torch.int8, True)', 'torch.ones(2).to(torch.zeros(1, dtype=torch.int32))', 'torch.ones(2).to(dtype=float)', 'torch.ones(2, dtype=int)', 'torch.empty(2, dtype=np.int64)']:
    try:
        print(e, '->', eval(e))
    except (TypeError, RuntimeError, ValueError) as x:
        print(e, '->', type(x).__name__, str(x))
