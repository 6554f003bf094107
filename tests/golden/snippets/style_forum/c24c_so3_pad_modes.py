# Q: F.pad argument order and modes
import torch
import torch.nn.functional as F

sig = torch.arange(1.0, 5.0).reshape(1, 1, 4)
print(F.pad(sig, (2, 1)))
print(F.pad(sig, (2, 1), mode="reflect"))
print(F.pad(sig, (2, 1), mode="replicate"))
print(F.pad(sig, (2, 1), mode="circular"))
print(F.pad(sig, (1, 1), value=-1.0))
try:
    F.pad(sig, (4, 0), mode="reflect")
except RuntimeError as e:
    print("RuntimeError:", e)
