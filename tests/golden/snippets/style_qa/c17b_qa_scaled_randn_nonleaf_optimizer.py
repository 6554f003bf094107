# Q: "can't optimize a non-leaf Tensor" when I scale my random init
import torch

w = torch.randn(3, requires_grad=True) * 0.01
print(w.is_leaf, w.grad_fn.__class__.__name__)
try:
    torch.optim.SGD([w], lr=0.1)
except ValueError as e:
    print(e)
w = (torch.randn(3) * 0.01).requires_grad_()
opt = torch.optim.SGD([w], lr=0.1)
print(w.is_leaf, len(opt.param_groups[0]['params']))
