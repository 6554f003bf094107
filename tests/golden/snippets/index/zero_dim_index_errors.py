# Indexing a 0-dim tensor: which keys work and what the errors say
import torch

x = torch.tensor(3.0)
keys = [slice(None, 2), slice(None), 0, (0,), (slice(None),), (0, 0), (None, 0), (Ellipsis, 0), torch.tensor([0]),
        [0], None, Ellipsis, (None, None), True, False, torch.tensor(True), (Ellipsis, Ellipsis)]
for k in keys:
    try:
        print(repr(k), "->", x[k].shape)
    except IndexError as e:
        print(repr(k), "IndexError:", e)
    try:
        x[k] = 1.0
    except IndexError as e:
        print("  set IndexError:", e)
y = torch.zeros(2, 3)
y[..., ...] = 2.0
y[0, ..., ...] = 1.0
print(y)
