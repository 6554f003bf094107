# unfold-matmul convolution vs F.conv2d, printing raw values
import torch
import torch.nn.functional as F

torch.manual_seed(118)
x = torch.randn(1, 3, 6, 6)
w = torch.randn(2, 3, 3, 3)
mine = (w.view(2, -1) @ F.unfold(x, 3)).view(1, 2, 4, 4)
ref = F.conv2d(x, w)
print((mine - ref).abs().max().item())
print(ref[0, 0, 0].tolist())
print(mine[0, 0, 0].tolist())
