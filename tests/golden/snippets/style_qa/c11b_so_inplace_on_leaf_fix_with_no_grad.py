# Q: "a leaf Variable that requires grad is being used in an in-place operation" -- and the fixes.
import torch

w = torch.ones(3, requires_grad=True)
for op in ["w += 1", "w.add_(1)", "w[0] = 5", "w.zero_()", "w.clamp_(0, 1)"]:
    try:
        exec(op)
    except RuntimeError as e:
        print(f"{op:14s} -> {e}")
with torch.no_grad():
    w += 1
    w[0] = 5
print(w, w.requires_grad, w.is_leaf, w.grad_fn)
w.data.mul_(2)
print(w)
w2 = w.detach()
w2[1] = -1.0
print(w)
v = w.clone()
v[2] = 0.0
print(v, v.grad_fn)
v.sum().backward()
print(w.grad)
