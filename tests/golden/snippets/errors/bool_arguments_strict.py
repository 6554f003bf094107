# Where PyTorch wants a bool, 1, numpy bools, strings, None and tensors are refused
import numpy as np
import torch
for c in ['torch.set_grad_enabled(1)', 'torch.set_grad_enabled(0)', 'torch.set_grad_enabled(np.True_)', 'torch.set_grad_enabled("x")', 'torch.set_grad_enabled(None)', 'torch.set_grad_enabled(torch.tensor(True))', 'torch.autograd.set_detect_anomaly(1)', 'torch.autograd.set_detect_anomaly("x")', 'torch.autograd.set_detect_anomaly(None)', 'torch.autograd.set_detect_anomaly(False, check_nan="y")', 'torch.ones(2).requires_grad_(1)', 'torch.ones(2).requires_grad_("yes")', 'torch.ones(2).requires_grad_(None)', 'torch.ones(2).requires_grad_(np.True_)', 'torch.set_default_dtype(None)', 'torch.set_default_dtype("float32")', 'torch.set_default_dtype(float)', 'torch.set_default_dtype(torch.int32)']:
    try: r = eval(c); print(c, '=>', type(r).__name__, torch.is_grad_enabled())
    except BaseException as e: print(c, '!!', type(e).__name__, str(e)[:140].replace(chr(10),' '))
    torch.set_grad_enabled(True)
