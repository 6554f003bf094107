# cs231n assignment 2: conv forward naive vs F.conv2d, and a numeric check of dx/dw/db against autograd in float64.
import torch
import torch.nn.functional as F

torch.manual_seed(231)
x = torch.randn(2, 3, 5, 5, dtype=torch.float64)
w = torch.randn(4, 3, 3, 3, dtype=torch.float64)
b = torch.randn(4, dtype=torch.float64)
stride, pad = 1, 1

def conv_forward_naive(x, w, b):
    N, C, H, W = x.shape
    F_, _, HH, WW = w.shape
    xp = F.pad(x, (pad, pad, pad, pad))
    Ho, Wo = 1 + (H + 2 * pad - HH) // stride, 1 + (W + 2 * pad - WW) // stride
    out = torch.zeros(N, F_, Ho, Wo, dtype=x.dtype)
    for i in range(Ho):
        for j in range(Wo):
            patch = xp[:, :, i * stride:i * stride + HH, j * stride:j * stride + WW]
            out[:, :, i, j] = (patch.unsqueeze(1) * w.unsqueeze(0)).sum(dim=(2, 3, 4)) + b
    return out

out = conv_forward_naive(x, w, b)
ref = F.conv2d(x, w, b, stride=stride, padding=pad)
print(out.shape, torch.allclose(out, ref), (out - ref).abs().max() < 1e-12)
dout = torch.randn_like(out)

def eval_numerical_gradient_array(f, t, df, h=1e-5):
    grad = torch.zeros_like(t)
    flat = t.view(-1)
    for i in range(flat.numel()):
        old = flat[i].item()
        flat[i] = old + h
        pos = f().clone()
        flat[i] = old - h
        neg = f().clone()
        flat[i] = old
        grad.view(-1)[i] = ((pos - neg) * df).sum() / (2 * h)
    return grad

db_num = eval_numerical_gradient_array(lambda: conv_forward_naive(x, w, b), b, dout)
xr, wr, br = (t.clone().requires_grad_() for t in (x, w, b))
F.conv2d(xr, wr, br, stride=stride, padding=pad).backward(dout)
print("db error < 1e-8:", ((db_num - br.grad).abs().max() / br.grad.abs().max()).item() < 1e-8)
print(br.grad)
print(wr.grad.shape, xr.grad.shape, xr.grad[0, 0, 0])
