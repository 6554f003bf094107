# Which "dimension" does an out-of-range index error name?
import torch

x = torch.arange(24.0).reshape(2, 3, 4)
keys = [(Ellipsis, 9), (None, 0, 5), (slice(None), None, 5), (None, None, 0, 0, 9), (True, 0, 9),
        (slice(None), [5]), (slice(None), slice(None), [9]), ([0], slice(None), [9]), ([0], 1, [7]),
        (Ellipsis, [7]), (torch.ones(2, 3, dtype=torch.bool), [9]),
        (0, Ellipsis, Ellipsis, 1), (Ellipsis, Ellipsis, 1), (0, Ellipsis, Ellipsis, slice(1, 2)),
        (0, Ellipsis, Ellipsis, [0]), (None, Ellipsis, Ellipsis, 1)]
for key in keys:
    try:
        x[key]
    except IndexError as e:
        print(f"{key}: {e}")
print(x[0, ..., ..., :].shape, x[0, ..., 1, ..., 1], x[..., ...].shape)
try:
    x[0, ..., ..., 1] = 0.0
except IndexError as e:
    print("setitem:", e)
