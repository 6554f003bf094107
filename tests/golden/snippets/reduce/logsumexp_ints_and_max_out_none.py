# logsumexp of integers and bools computes in the default float type; max/min take out=None in the function form.
import torch
x = torch.tensor([[1., 5.], [3., 2.]])
for f in [lambda: torch.logsumexp(torch.tensor([1, 2, 3]), 0), lambda: torch.logsumexp(torch.tensor([True, False]), 0),
          lambda: torch.max(x, 1, keepdim=True, out=None), lambda: torch.min(x, 0, out=None), lambda: torch.max(x, out=None)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
