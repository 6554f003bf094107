# Q: "Can't call numpy() on Tensor that requires grad" - is detach().numpy() a copy?
import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
try:
    w.numpy()
except RuntimeError as e:
    print("RuntimeError:", e)
a = w.detach().numpy()
print(a, a.dtype, type(a).__name__)
a[0] = 100.0
print(w)
b = w.detach().clone().numpy()
b[1] = -1.0
print(w)
out = w * 2
try:
    out.numpy()
except RuntimeError as e:
    print("RuntimeError:", e)
print(out.detach().numpy(), out.tolist())
print(w.numpy(force=True) if hasattr(w, "numpy") else None)
with torch.no_grad():
    c = (w + 1).numpy()
print(c)
print(w.data.numpy().sum(), w.detach().numpy().shape)
