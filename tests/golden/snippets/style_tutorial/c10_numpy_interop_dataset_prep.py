# Preparing synthetic data in numpy, moving it into tensors and back.
import numpy as np
import torch

rng = np.random.default_rng(0)
X_np = rng.normal(size=(6, 3)).astype(np.float32)
y_np = (X_np.sum(axis=1) > 0).astype(np.int64)
X = torch.from_numpy(X_np)
y = torch.from_numpy(y_np)
print(X.dtype, y.dtype, X.shape)
print(y)
X_np[0, 0] = 100.0
print(X[0, 0])
Xc = torch.tensor(X_np)
X_np[0, 0] = -1.0
print(X[0, 0], Xc[0, 0])
d = torch.from_numpy(np.arange(4.0))
print(d, d.dtype)
mean = X.mean(dim=0)
back = mean.numpy()
print(type(back).__name__, back.dtype, back.shape)
w = torch.ones(3, requires_grad=True)
out = X @ w
try:
    out.numpy()
except RuntimeError as e:
    print("RuntimeError:", e)
print(out.detach().numpy().shape)
print(torch.as_tensor([1, 2, 3]).dtype, torch.as_tensor(np.array([1.0, 2.0])).dtype)
t = torch.arange(3.0)
print(t.tolist(), np.asarray(t).sum())
print(float(torch.tensor([2.5])), int(torch.tensor(7)))
print(torch.tensor(np.float64(1.5)).dtype, torch.tensor(np.int32(3)).dtype)
