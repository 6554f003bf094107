# F.unfold with padding, stride and dilation: the number of patches L and patch length.
import torch
import torch.nn.functional as F

x = torch.arange(25, dtype=torch.float32).reshape(1, 1, 5, 5)
for kw in [dict(kernel_size=3), dict(kernel_size=3, padding=1), dict(kernel_size=2, stride=2), dict(kernel_size=2, dilation=2), dict(kernel_size=(1, 3), stride=(2, 1))]:
    cols = F.unfold(x, **kw)
    print(kw, tuple(cols.shape))
print(F.unfold(x, kernel_size=2, dilation=2)[0, :, 0])
try:
    F.unfold(x, kernel_size=7)
except RuntimeError as e:
    print("RuntimeError:", e)
