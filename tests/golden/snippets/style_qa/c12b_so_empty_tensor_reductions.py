# Q: reductions on empty tensors: max of an empty batch, mean gives nan, sum gives 0, argmax errors.
import torch

e = torch.tensor([])
for name, f in [('sum', lambda: e.sum()), ('mean', lambda: e.mean()), ('prod', lambda: e.prod()),
                ('max', lambda: e.max()), ('argmax', lambda: e.argmax()), ('min', lambda: torch.min(e)),
                ('amax', lambda: e.amax()), ('std', lambda: e.std()), ('norm', lambda: e.norm()),
                ('logsumexp', lambda: torch.logsumexp(e, 0)), ('softmax', lambda: e.softmax(0)),
                ('max dim', lambda: torch.zeros(0, 3).max(dim=0)), ('max dim1', lambda: torch.zeros(0, 3).max(dim=1)),
                ('median', lambda: e.median()), ('cumsum', lambda: e.cumsum(0)), ('any', lambda: e.any()),
                ('all', lambda: e.all())]:
    try:
        print(name, f())
    except (RuntimeError, IndexError) as err:
        print(name, type(err).__name__, err)
