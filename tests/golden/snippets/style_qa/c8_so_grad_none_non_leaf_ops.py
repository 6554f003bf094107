# Q: why is my weight's .grad None? (created with an operation, moved with .double(), or a view)
import torch
import warnings

warnings.simplefilter("ignore")
a = torch.randn(3, requires_grad=True) * 0.01
b = torch.rand(3, requires_grad=True).double()
c = torch.zeros(3, requires_grad=True)
d = c[:2]
loss = (a.sum() + b.sum() + d.sum()) * 2
loss.backward()
for name, t in [('a', a), ('b', b), ('c', c), ('d', d)]:
    print(name, t.is_leaf, t.grad_fn, t.grad)

warnings.simplefilter("default")
w = torch.randn(3, requires_grad=True) * 0.01
w.sum().backward()
print(w.grad)
# answer: make the leaf yourself
w = (torch.randn(3) * 0.01).requires_grad_()
w2 = torch.randn(3).mul_(0.01).requires_grad_(True)
(w.sum() + w2.sum()).backward()
print(w.is_leaf, w.grad, w2.grad)
