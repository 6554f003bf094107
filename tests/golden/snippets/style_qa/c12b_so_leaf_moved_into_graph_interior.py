# Q: in-place ops on a leaf that requires grad, on its views, and the errors autograd raises for each.
import torch

w = torch.ones(3, requires_grad=True)
try:
    w += 1
except RuntimeError as e:
    print('1:', e)
try:
    w[0] = 5.0
except RuntimeError as e:
    print('2:', e)
try:
    w.view(3).mul_(2)
except RuntimeError as e:
    print('3:', e)
try:
    w.zero_()
except RuntimeError as e:
    print('4:', e)
with torch.no_grad():
    w[0] = 5.0
print(w, w.is_leaf, w.grad_fn)
w2 = w.clone()
w2[1] = 0
print(w2, w2.is_leaf, w2.grad_fn)
w2.sum().backward()
print(w.grad)
d = w.detach()
d.add_(1)
print(w, d._version, w._version)
