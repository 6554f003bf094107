import numpy as np
import torch
import torch.nn.functional as F

x = torch.arange(6.).reshape(2, 3)
i = torch.zeros(2, 3, dtype=torch.long)
for d in ((0,), 0.0, None, True, np.int64(1), torch.tensor(1)):
    for call in (lambda: x.scatter_reduce(d, i, x, "sum"), lambda: torch.cross(torch.ones(3, 3), torch.ones(3, 3), dim=d),
                 lambda: x.unfold(d, 1, 1), lambda: x.quantile(0.5, d), lambda: torch.trapezoid(x, dim=d),
                 lambda: x.nanmean(d), lambda: x.hsplit(d), lambda: x.rot90(1, d), lambda: torch.unique(x, dim=d),
                 lambda: F.glu(torch.ones(2, 4), d), lambda: torch.take_along_dim(x, i, d), lambda: x.clone().squeeze_(d)):
        try:
            r = call()
            print(tuple(r.shape) if isinstance(r, torch.Tensor) else type(r).__name__)
        except (TypeError, RuntimeError) as e:
            print(type(e).__name__ + ":", e)
