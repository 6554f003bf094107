# A missing 'other' or 'value' is the parser's invalid combination; mean's dtype= message names the dtype asked for.
import torch

x = torch.tensor([-1.0, 2.0])
m = x > 0
calls = [lambda: torch.where(m, x), lambda: torch.where(m, x, None), lambda: torch.where(m, None, x),
         lambda: x.where(m), lambda: x.where(m, other=torch.zeros(2)), lambda: x.masked_fill(m), lambda: x.masked_fill_(m),
         lambda: x.masked_fill(m, value=2.0), lambda: x.mean(dtype=torch.int32),
         lambda: torch.ones(2, dtype=torch.int64).mean(), lambda: torch.ones(2, dtype=torch.int64).mean(dtype=torch.int32),
         lambda: torch.ones(2, dtype=torch.int64).mean(dtype=torch.float64)]
for call in calls:
    try:
        print(call())
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
