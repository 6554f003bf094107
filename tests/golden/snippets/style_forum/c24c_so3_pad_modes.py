# Q: F.pad argument order and modes
import torch
import torch.nn.functional as F

x = torch.arange(1.0, 5.0).reshape(1, 1, 4)
print(F.pad(x, (2, 1)))
print(F.pad(x, (2, 1), mode="reflect"))
print(F.pad(x, (2, 1), mode="replicate"))
print(F.pad(x, (2, 1), mode="circular"))
print(F.pad(x, (1, 1), value=-1.0))
try:
    F.pad(x, (4, 0), mode="reflect")
except RuntimeError as e:
    print("RuntimeError:", e)
