# cs231n: a naive conv forward pass with explicit loops (stride 2, pad 1) compared with F.conv2d.
import torch
import torch.nn.functional as F

def conv_forward_naive(x, w, b, stride, pad):
    N, C, H, W = x.shape
    F_, _, HH, WW = w.shape
    xp = F.pad(x, (pad, pad, pad, pad))
    H_out = 1 + (H + 2 * pad - HH) // stride
    W_out = 1 + (W + 2 * pad - WW) // stride
    out = torch.zeros(N, F_, H_out, W_out, dtype=x.dtype)
    for n in range(N):
        for f in range(F_):
            for i in range(H_out):
                for j in range(W_out):
                    patch = xp[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW]
                    out[n, f, i, j] = (patch * w[f]).sum() + b[f]
    return out

x_shape, w_shape = (2, 3, 4, 4), (3, 3, 4, 4)
x = torch.linspace(-0.1, 0.5, steps=2 * 3 * 4 * 4, dtype=torch.float64).reshape(x_shape)
w = torch.linspace(-0.2, 0.3, steps=3 * 3 * 4 * 4, dtype=torch.float64).reshape(w_shape)
b = torch.linspace(-0.1, 0.2, steps=3, dtype=torch.float64)
out = conv_forward_naive(x, w, b, stride=2, pad=1)
print(out.shape)
print(out[0])
ref = F.conv2d(x, w, b, stride=2, padding=1)
print(torch.allclose(out, ref), (out - ref).abs().max().item() < 1e-12)
print(out[1, 2])
