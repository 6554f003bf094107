# numpy's floating-point error state reads as plain numpy's inside a torch script, and the
# learner's own settings work as numpy documents them.
import numpy as np
import torch

print(np.geterr(), np.geterrcall())
x = torch.tensor([1.0, 0.0]) / 0          # PyTorch computes inf and nan quietly
print(x)
old = np.seterr(all="ignore")
print(old)
print(np.geterr())
print(np.array([1.0]) / 0)
np.seterr(**old)
print(np.geterr())
with np.errstate(divide="raise"):
    try:
        np.array([1.0]) / 0
    except FloatingPointError as e:
        print("FloatingPointError:", e)
print(torch.log(torch.tensor([0.0, -1.0])))
