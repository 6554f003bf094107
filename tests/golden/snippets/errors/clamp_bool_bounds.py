# clamp on a bool tensor: bool bounds have no kernel, integer bounds give int64, float bounds the default float.
import torch

b = torch.tensor([True, False])
for e in ['b.clamp(min=True)', 'b.clamp(max=False)', 'b.clamp_min(0)', 'b.clamp_max(1)', 'b.clamp(0, True)', 'torch.clamp(b, -1, 5)',
          'b.clamp(0.5, 1)', 'b.clamp(True, True)', 'torch.tensor([1, 5]).clamp(0, 3)', 'torch.tensor([1, 5], dtype=torch.int8).clamp(0, 3)']:
    try:
        print(e, '->', eval(e))
    except RuntimeError as x:
        print(e, '->', type(x).__name__, x)
