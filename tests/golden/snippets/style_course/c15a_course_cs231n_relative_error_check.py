# CS231n-style gradient check: centered differences vs autograd, reported as relative error
import numpy as np
import torch

def rel_error(x, y):
    return np.max(np.abs(x - y) / (np.maximum(1e-8, np.abs(x) + np.abs(y))))

def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        ix = it.multi_index
        oldval = x[ix]
        x[ix] = oldval + h
        fxph = f(x)
        x[ix] = oldval - h
        fxmh = f(x)
        x[ix] = oldval
        grad[ix] = (fxph - fxmh) / (2 * h)
        it.iternext()
    return grad

np.random.seed(231)
W = np.random.randn(3, 4)
X = torch.tensor(np.random.randn(5, 3))
f = lambda w: torch.tanh(X @ torch.from_numpy(w)).sum().item()
num = eval_numerical_gradient(f, W)
Wt = torch.tensor(W, requires_grad=True)
torch.tanh(X @ Wt).sum().backward()
print("W error: %e" % rel_error(num, Wt.grad.numpy()))
print(Wt.grad.dtype, Wt.grad[0])
print("%.10f" % num[1, 2], "%.10f" % Wt.grad[1, 2].item())
