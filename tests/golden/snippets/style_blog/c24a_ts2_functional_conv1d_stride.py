# F.conv1d with hand-written kernels: differencing and downsampling
import torch
import torch.nn.functional as F

x = torch.tensor([[[1.0, 4.0, 9.0, 16.0, 25.0, 36.0]]])
diff_kernel = torch.tensor([[[-1.0, 1.0]]])
print(F.conv1d(x, diff_kernel))
print(F.conv1d(x, diff_kernel, stride=2))
print(F.conv1d(x, torch.ones(1, 1, 3) / 3, padding=1))
print(F.conv1d(x, diff_kernel, dilation=3))
try:
    F.conv1d(x, torch.ones(1, 1, 7))
except RuntimeError as e:
    print(e)
