# masked_fill's argument errors: a value that is neither a Tensor nor a number, in the method, in-place and function forms.
import torch
x = torch.ones(3); m = x > 0
for e in ['x.masked_fill(m, "a")', 'torch.masked_fill(x, m, "a")', 'x.masked_fill_(m, "a")', 'x.masked_fill(m, None)', 'x.masked_fill(m, [1.0])',
          'x.masked_fill(m, True)', 'x.masked_fill(mask=m, value=2.0)', 'torch.masked_fill(x, m, torch.tensor(3.0))',
          'x.masked_fill(m, 2)', 'x.int().masked_fill(m, 2.5)']:
    try:
        print(e, eval(e))
    except (TypeError, RuntimeError) as q:
        print(e, type(q).__name__, q)
