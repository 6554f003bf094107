# Modular layers as in the assignment: affine_forward / relu_forward with caches and their backward passes.
import torch

def affine_forward(x, w, b):
    out = x.reshape(x.shape[0], -1) @ w + b
    return out, (x, w, b)

def affine_backward(dout, cache):
    x, w, b = cache
    dx = (dout @ w.T).reshape(x.shape)
    dw = x.reshape(x.shape[0], -1).T @ dout
    db = dout.sum(dim=0)
    return dx, dw, db

def relu_forward(x):
    return x.clamp(min=0), x

def relu_backward(dout, cache):
    return dout * (cache > 0)

torch.manual_seed(231)
x = torch.randn(10, 2, 3, dtype=torch.float64, requires_grad=True)
w = torch.randn(6, 5, dtype=torch.float64, requires_grad=True)
b = torch.randn(5, dtype=torch.float64, requires_grad=True)
dout = torch.randn(10, 5, dtype=torch.float64)

a, fc_cache = affine_forward(x, w, b)
out, relu_cache = relu_forward(a)
out.backward(dout)
da = relu_backward(dout, relu_cache)
dx, dw, db = affine_backward(da, fc_cache)
print(out.shape, out.grad_fn.name())
for name, mine, ref in [('dx', dx, x.grad), ('dw', dw, w.grad), ('db', db, b.grad)]:
    print(name, mine.shape, torch.allclose(mine, ref), (mine - ref).abs().max().item())
print(db)
print((a > 0).sum().item(), a.numel())
