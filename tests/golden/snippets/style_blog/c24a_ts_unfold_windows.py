# Sliding windows over a series with unfold: inputs and next-step targets
import torch

temps = torch.arange(10, 20).float()
lookback = 4
segs = temps.unfold(dimension=0, size=lookback, step=1)
print(segs.size(), segs[:2])
inputs, nxt = segs[:-1], temps[lookback:]
print(inputs.shape, nxt)
print(temps.unfold(0, 3, 3), temps.unfold(0, 4, 3).shape)
print(segs.is_contiguous(), segs.stride())
try:
    temps.unfold(0, 11, 1)
except RuntimeError as e:
    print(e)
