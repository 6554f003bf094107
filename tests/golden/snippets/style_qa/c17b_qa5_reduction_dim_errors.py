# Q: reductions over repeated, missing or empty dims
import torch

x = torch.ones(2, 3)
empty = torch.ones(0, 3)
attempts = [lambda: x.sum(dim=(0, 0)), lambda: x.mean(dim=2), lambda: empty.max(dim=0),
            lambda: empty.argmax(), lambda: empty.min()]
for attempt in attempts:
    try:
        attempt()
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
print(empty.sum(0), empty.mean(0), empty.amax(1).shape)
