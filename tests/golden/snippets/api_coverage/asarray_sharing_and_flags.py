import numpy as np
import torch
a = torch.asarray([1, 2, 3])
print(a, a.dtype)
print(torch.asarray([1.5, 2]), torch.asarray(3.0), torch.asarray(True), torch.asarray([[1, 2], [3, 4]], dtype=torch.float64))
n = np.arange(4.0)
t = torch.asarray(n)
n[0] = 10
print(t, t.dtype)
t2 = torch.asarray(n, dtype=torch.float32)
n[1] = 20
print(t2)
t3 = torch.asarray(n, copy=True)
n[2] = 30
print(t3)
x = torch.ones(3, requires_grad=True)
print(torch.asarray(x) is x, torch.asarray(x, dtype=torch.float64))
y = torch.asarray([1.0, 2.0], requires_grad=True)
print(y, y.is_leaf)
z = torch.asarray(x, copy=True)
print(z, z is x)
try:
    torch.asarray(n, dtype=torch.float32, copy=False)
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.asarray([1, 2], requires_grad=True)
except Exception as e:
    print(type(e).__name__, e)
print(torch.asarray(np.float32(2.5)), torch.asarray((1, 2)).dtype, torch.asarray([np.int32(1)]).dtype)
print(torch.asarray(torch.tensor([1, 2]), dtype=torch.float32))
for i in range(2):
    r = torch.asarray(x)
print(torch.asarray(x, requires_grad=False), torch.asarray(x, requires_grad=False) is x, x.requires_grad)
u = torch.asarray(x, requires_grad=True); print(u is x, x.requires_grad)
w = torch.ones(2); v = torch.asarray(w, requires_grad=True); print(v is w, v.requires_grad, w.requires_grad)
q = torch.asarray([1, 2], dtype=torch.float32, requires_grad=True); print(q)
try:
    print(torch.asarray(x * 2, copy=True, requires_grad=False))
except Exception as e:
    print(type(e).__name__, e)
print(torch.asarray(x * 2, copy=True))
