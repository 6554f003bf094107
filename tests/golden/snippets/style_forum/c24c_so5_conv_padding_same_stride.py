# Q: padding='same' is not supported for strided convolutions
import torch
import torch.nn as nn

print(nn.Conv2d(1, 2, 3, padding="same")(torch.zeros(1, 1, 5, 5)).shape)
print(nn.Conv1d(1, 1, 4, padding="same", dilation=2)(torch.zeros(1, 1, 9)).shape)
for kw in ({"padding": "same", "stride": 2}, {"padding": "valid", "stride": 2}, {"padding": "full"}, {"groups": 2}):
    try:
        print(kw, nn.Conv2d(1, 2, 3, **kw)(torch.zeros(1, 1, 6, 6)).shape)
    except (ValueError, RuntimeError) as e:
        # (the message names a Python set, whose order changes from one process to the next)
        print(kw, type(e).__name__, str(e).split(", should be one of")[0])
