import torch
import torch.nn.functional as F

x = torch.tensor([[[1.0, 2.0, 3.0, 4.0]]])
print(F.pad(x, (2, 1), mode="replicate"))
print(F.pad(x, (2, 2), mode="reflect"))
print(F.pad(x, (1, 1), mode="circular"))
print(F.pad(x, (3, 0), value=-1.0))
try:
    F.pad(x, (4, 0), mode="reflect")
except RuntimeError as e:
    print(e)
