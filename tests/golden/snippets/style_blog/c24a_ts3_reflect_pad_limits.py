# Reflect/replicate padding on short series and unbatched inputs
import torch
import torch.nn.functional as F

x = torch.tensor([[[1.0, 2.0, 3.0]]])
print(F.pad(x, (2, 2), mode='reflect'))
print(F.pad(x, (3, 1), mode='replicate'))
try:
    F.pad(x, (3, 3), mode='reflect')
except RuntimeError as e:
    print(e)
print(F.pad(x[0], (1, 1), mode='circular'))
try:
    F.pad(torch.tensor([1.0, 2.0, 3.0]), (1, 1), mode='replicate')
except (RuntimeError, NotImplementedError) as e:
    print(type(e).__name__, e)
print(F.pad(x, (1, 2), value=-1.0))
