# Q: "a view of a leaf Variable that requires grad is being used in an in-place operation".
import torch

w = torch.zeros(2, 3, requires_grad=True)
try:
    w[0] += 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    w.view(-1).fill_(2)
except RuntimeError as e:
    print("RuntimeError:", e)
with torch.no_grad():
    w[0] += 1
print(w)
v = w * 1
v[0] = 5
print(v.grad_fn)
v.sum().backward()
print(w.grad)
