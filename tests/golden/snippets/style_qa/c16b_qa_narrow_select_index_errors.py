# Q: narrow and select out of range.
import torch

v = torch.arange(5)
for call in (lambda: v.narrow(0, 4, 2), lambda: v.select(0, 7), lambda: v.narrow(0, -6, 1),
             lambda: torch.arange(6).view(2, 3).select(1, -4)):
    try:
        call()
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
print(v.narrow(0, -2, 2), v.select(0, -1))
