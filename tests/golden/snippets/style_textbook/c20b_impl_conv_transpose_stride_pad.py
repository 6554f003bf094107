# transposed conv with stride and padding: by zero-insertion + ordinary conv
import torch
import torch.nn.functional as F

torch.manual_seed(106)
x = torch.randn(1, 1, 3, 3)
w = torch.randn(1, 1, 3, 3)
ref = F.conv_transpose2d(x, w, stride=2, padding=1)
up = torch.zeros(1, 1, 5, 5)
up[..., ::2, ::2] = x
mine = F.conv2d(up, w.flip(-1, -2), padding=3 - 1 - 1)
print(ref.shape, mine.shape)
print(torch.allclose(ref, mine, atol=1e-6))
print(F.conv_transpose2d(x, w, stride=2, padding=1, output_padding=1).shape)
