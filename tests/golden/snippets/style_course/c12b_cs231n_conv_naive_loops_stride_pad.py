# cs231n conv_forward_naive with stride 2 and pad 1, against F.conv2d, then the output size formula.
import torch
import torch.nn.functional as F

def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param['stride'], conv_param['pad']
    N, C, H, W = x.shape
    F_, _, HH, WW = w.shape
    H_out = 1 + (H + 2 * pad - HH) // stride
    W_out = 1 + (W + 2 * pad - WW) // stride
    xp = F.pad(x, (pad, pad, pad, pad))
    out = torch.zeros(N, F_, H_out, W_out, dtype=x.dtype)
    for n in range(N):
        for f in range(F_):
            for i in range(H_out):
                for j in range(W_out):
                    window = xp[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW]
                    out[n, f, i, j] = (window * w[f]).sum() + b[f]
    return out

x_shape, w_shape = (2, 3, 4, 4), (3, 3, 4, 4)
x = torch.linspace(-0.1, 0.5, steps=torch.prod(torch.tensor(x_shape)).item(), dtype=torch.float64).reshape(x_shape)
w = torch.linspace(-0.2, 0.3, steps=torch.prod(torch.tensor(w_shape)).item(), dtype=torch.float64).reshape(w_shape)
b = torch.linspace(-0.1, 0.2, steps=3, dtype=torch.float64)
out = conv_forward_naive(x, w, b, {'stride': 2, 'pad': 1})
ref = F.conv2d(x, w, b, stride=2, padding=1)
print(out.shape)
print(out[0])

def rel_error(x, y):
    return ((x - y).abs() / torch.clamp(x.abs() + y.abs(), min=1e-8)).max().item()
print('Testing conv_forward_naive, difference:', rel_error(out, ref) < 1e-12)
for H, K, S, P in [(32, 3, 1, 1), (32, 5, 2, 2), (7, 3, 2, 0), (28, 4, 3, 1)]:
    print(H, K, S, P, '->', (H + 2 * P - K) // S + 1, F.conv2d(torch.zeros(1, 1, H, H), torch.zeros(1, 1, K, K), stride=S, padding=P).shape[-1])
