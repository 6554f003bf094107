# Q: "one of the variables needed for gradient computation has been modified by an inplace operation"
import torch

w = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
out = torch.exp(w)
out += 1
try:
    out.sum().backward()
except RuntimeError as e:
    print(e)

h = torch.sigmoid(w * 2)
print(h._version)
h[0] = 0.0
print(h._version, h.grad_fn)
try:
    h.sum().backward()
except RuntimeError as e:
    print(e)

# fine: the in-place op touches a tensor the backward doesn't need
z = w * 3
z += 1
z.sum().backward()
print(w.grad)
# fine too: out-of-place
h = torch.sigmoid(w * 2)
h2 = h + 1
h2.sum().backward()
print(w.grad)
