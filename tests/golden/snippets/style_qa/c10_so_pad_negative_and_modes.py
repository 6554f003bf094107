# Q: F.pad argument order (last dim first), negative padding crops, and reflect needs a batch dim.
import torch
import torch.nn.functional as F

x = torch.arange(1.0, 7.0).view(1, 2, 3)
print(F.pad(x, (1, 2)))
print(F.pad(x, (0, 0, 1, 0), value=-1.0))
print(F.pad(x, (-1, 0)))
print(F.pad(x, (1, 1), mode="reflect"))
print(F.pad(x, (2, 0), mode="replicate"))
print(F.pad(x, (1, 1), mode="circular"))
try:
    F.pad(x, (3, 3), mode="reflect")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    F.pad(x, (1,))
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
img = torch.arange(16.0).view(1, 1, 4, 4)
print(F.pad(img, (1, 1, 1, 1), mode="reflect")[0, 0])
