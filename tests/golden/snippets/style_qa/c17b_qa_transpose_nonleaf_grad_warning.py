# Q: .grad of w.t() is None and I get a warning
import torch

w = torch.ones(2, 3).requires_grad_()
wt = w.t()
(wt * 2).sum().backward()
print(wt.is_leaf, wt.grad)
print(w.grad)
