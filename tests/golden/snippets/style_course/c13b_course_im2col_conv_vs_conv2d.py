# Assignment: convolution as im2col + matrix multiply, compared with F.conv2d (stride 1 and 2, padding 1).
import torch
import torch.nn.functional as F

torch.manual_seed(5)
x = torch.randn(2, 3, 6, 6, dtype=torch.float64)
w = torch.randn(4, 3, 3, 3, dtype=torch.float64)
b = torch.randn(4, dtype=torch.float64)

def im2col_conv(x, w, b, stride, pad):
    N, C, H, W = x.shape
    F_, _, kh, kw = w.shape
    xp = F.pad(x, (pad, pad, pad, pad))
    Ho = (H + 2 * pad - kh) // stride + 1
    Wo = (W + 2 * pad - kw) // stride + 1
    cols = torch.empty(N, C * kh * kw, Ho * Wo, dtype=x.dtype)
    for i in range(Ho):
        for j in range(Wo):
            patch = xp[:, :, i * stride:i * stride + kh, j * stride:j * stride + kw]
            cols[:, :, i * Wo + j] = patch.reshape(N, -1)
    out = w.reshape(F_, -1) @ cols + b[:, None]
    return out.reshape(N, F_, Ho, Wo)

for stride in (1, 2):
    mine = im2col_conv(x, w, b, stride, 1)
    ref = F.conv2d(x, w, b, stride=stride, padding=1)
    print(stride, mine.shape, (mine - ref).abs().max().item() < 1e-12)
cols = F.unfold(x, kernel_size=3, padding=1, stride=2)
print(cols.shape)
out = (w.view(4, -1) @ cols + b.view(1, 4, 1)).view(2, 4, 3, 3)
print(torch.allclose(out, F.conv2d(x, w, b, stride=2, padding=1)))
print(ref[0, 0])
