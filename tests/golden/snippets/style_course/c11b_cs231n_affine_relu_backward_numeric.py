# cs231n layers: affine_forward/affine_backward and relu_backward by hand, checked numerically in float64.
import torch

def affine_forward(x, w, b):
    out = x.reshape(x.shape[0], -1) @ w + b
    return out, (x, w, b)

def affine_backward(dout, cache):
    x, w, b = cache
    dx = (dout @ w.T).reshape(x.shape)
    dw = x.reshape(x.shape[0], -1).T @ dout
    db = dout.sum(0)
    return dx, dw, db

def relu_backward(dout, x):
    return dout * (x > 0)

def num_grad(f, x, df, h=1e-5):
    grad = torch.zeros_like(x)
    flat, gflat = x.view(-1), grad.view(-1)
    for i in range(flat.numel()):
        old = flat[i].item()
        flat[i] = old + h
        pos = f(x).clone()
        flat[i] = old - h
        neg = f(x).clone()
        flat[i] = old
        gflat[i] = ((pos - neg) * df).sum() / (2 * h)
    return grad

torch.manual_seed(231)
x = torch.randn(10, 2, 3, dtype=torch.float64)
w = torch.randn(6, 5, dtype=torch.float64)
b = torch.randn(5, dtype=torch.float64)
dout = torch.randn(10, 5, dtype=torch.float64)
out, cache = affine_forward(x, w, b)
dx, dw, db = affine_backward(dout, cache)
dx_num = num_grad(lambda t: affine_forward(t, w, b)[0], x, dout)
dw_num = num_grad(lambda t: affine_forward(x, t, b)[0], w, dout)
db_num = num_grad(lambda t: affine_forward(x, w, t)[0], b, dout)
rel = lambda a, c: ((a - c).abs() / (a.abs() + c.abs()).clamp(min=1e-8)).max().item()
print(out.shape, dx.shape, dw.shape, db.shape)
print(rel(dx, dx_num) < 1e-8, rel(dw, dw_num) < 1e-8, rel(db, db_num) < 1e-8)
xr = torch.randn(4, 4, dtype=torch.float64)
dr = torch.randn(4, 4, dtype=torch.float64)
xr_t = xr.clone().requires_grad_(True)
torch.relu(xr_t).backward(dr)
print(torch.equal(relu_backward(dr, xr), xr_t.grad))
print(relu_backward(dr, xr))
