# Reductions over () (every dim), repeated dims refused, max/min over several dims refused, dim_order.
import torch
x = torch.arange(24.).view(2, 3, 4)
for f in (lambda: x.sum(()), lambda: x.mean(()), lambda: x.sum([]), lambda: torch.sum(x, dim=()), lambda: x.amax(()), lambda: x.sum((), keepdim=True).shape, lambda: x.std(()), lambda: x.var(dim=()), lambda: x.prod(),
          lambda: x.max(dim=(0, 1)), lambda: x.min(dim=(0,)), lambda: x.sum(dim=(0, 0)), lambda: x.mean(dim=(1, -2)), lambda: x.amax(dim=(0, 0)), lambda: x.std(dim=(0, 0)), lambda: x.logsumexp(dim=(0, 0)), lambda: x.norm(dim=(0, 0)),
          lambda: x.dim_order(), lambda: x.permute(2, 0, 1).dim_order(), lambda: x.t().dim_order() if x.dim() == 2 else x.transpose(0, 1).dim_order(), lambda: torch.ones(2,1,3).dim_order(), lambda: x.expand(2, 2, 3, 4).dim_order() if False else x[None].expand(2, 2, 3, 4).dim_order()):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
