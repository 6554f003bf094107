# prod takes one int dim (no tuple or list, unlike sum): the parser's TypeError lists the overloads of the
# form called (method or function).
import torch

x = torch.ones(2, 3)
for k in ['x.prod(dim=(0, 1))', 'x.prod((0, 1))', 'torch.prod(x, dim=(0,))', 'torch.prod(x, (0, 1))', 'x.prod(dim=[0])',
          'x.prod(0, True)', 'x.prod(dim=0.5)', 'torch.prod(x, 1, keepdim=True)', 'x.prod(dtype=torch.float64)']:
    try:
        print(k, eval(k))
    except Exception as e:
        print(k, type(e).__name__, e)
