# Course pitfall: writing into a parameter by indexing, inside and outside torch.no_grad()
import torch

torch.manual_seed(1)
W = torch.randn(3, 2, requires_grad=True)
with torch.no_grad():
    W[0] = 0.0
print(W, W.is_leaf, W._version)
W.data[1] = 1.0
print(W[1], W._version)
try:
    W[2] = 5.0
except RuntimeError as e:
    print("RuntimeError:", e)
W.zero_()
