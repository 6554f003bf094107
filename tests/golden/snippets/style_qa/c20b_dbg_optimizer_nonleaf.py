# optimizing a tensor that is not a leaf
import torch

w = torch.randn(3, requires_grad=True) * 0.01
print(w.is_leaf)
try:
    torch.optim.SGD([w], lr=0.1)
except ValueError as e:
    print("ValueError:", e)
w = (torch.randn(3) * 0.01).requires_grad_()
opt = torch.optim.SGD([w], lr=0.1)
print(w.is_leaf, len(opt.param_groups))
