# Q: why is my weight not a leaf? torch.randn(...).requires_grad_() vs torch.randn(..., requires_grad=True) * 0.01.
import torch

w1 = torch.randn(3, 2, requires_grad=True) * 0.01
w2 = (torch.randn(3, 2) * 0.01).requires_grad_()
w3 = torch.randn(3, 2, requires_grad=True)
print(w1.is_leaf, w2.is_leaf, w3.is_leaf)
print(w1.grad_fn, w2.grad_fn)
loss = (w1.sum() + w2.sum() + w3.sum()) ** 2
loss.backward()
print(w1.grad, w2.grad is not None)
try:
    torch.optim.SGD([w1], lr=0.1)
except ValueError as e:
    print("ValueError:", e)
opt = torch.optim.SGD([w2, w3], lr=0.1)
print(len(opt.param_groups[0]["params"]))
w4 = torch.nn.Parameter(torch.randn(2) * 0.01)
print(w4.is_leaf, type(w4).__name__, w4.requires_grad)
w5 = torch.randn(2).cuda if False else torch.randn(2).to(torch.float64).requires_grad_()
print(w5.is_leaf, w5.dtype)
