import numpy as np
import torch

t = torch.tensor([1., 2., 4.])
# numpy's reductions call the tensor's own method with numpy's keywords
for call in (lambda: np.sum(t), lambda: np.mean(t), lambda: np.sum(t, axis=0), lambda: np.max(t), lambda: np.min(t),
             lambda: t.sum(axis=0, out=None), lambda: t.sum(dim=0, out=None), lambda: t.sum(out=None),
             lambda: t.mean(out=None), lambda: t.sum(dtype=None, out=None), lambda: t.sum(foo=1),
             lambda: t.max(axis=None, out=None)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(t.sum(axis=0), t.mean(axis=0, keepdims=True), t.sum(axis=None))
# the ones that fall back to numpy's own method when the tensor's refuses
print(np.argmax(t), np.round(t / 3, 2), np.cumsum(t))
print(np.mean(t.numpy()), np.sum(t.tolist()), float(np.max(t.numpy())))
