# Mask dtypes: bool masks vs float masks when applying them
import torch

w = torch.tensor([[0.5, -0.1], [0.05, 2.0]])
bmask = w.abs() > 0.1
fmask = bmask.float()
print(w * bmask, (w * bmask).dtype)
print(w * fmask)
print(w.masked_fill(~bmask, 0.0))
print(w[bmask], w[bmask].shape)
try:
    w * bmask.int()
    w.masked_fill(fmask, 0.0)
except RuntimeError as e:
    print("RuntimeError:", e)
