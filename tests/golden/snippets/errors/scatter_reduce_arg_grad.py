import torch

# scatter(..., reduce=) runs forward on tensors that require grad; only backward fails.
src = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
idx = torch.tensor([0, 1, 0, 1])
base = torch.ones(2, requires_grad=True)

y = base.scatter(0, idx, src, reduce="add")
print(y, type(y.grad_fn).__name__, y.grad_fn.name(), len(y.grad_fn.next_functions), y.is_leaf)
try:
    (y * 2).sum().backward()
except RuntimeError as e:
    print("RuntimeError", e)
print(base.grad, src.grad)

y2 = torch.ones(2).scatter(0, idx, src, reduce="multiply")
print(y2, len(y2.grad_fn.next_functions))
y3 = torch.scatter(base, 0, idx, 2.0, reduce="add")
print(y3)
try:
    torch.autograd.grad(y3.sum(), base)
except RuntimeError as e:
    print("RuntimeError", e)
with torch.no_grad():
    print(base.scatter(0, idx, src, reduce="add"))
b2 = base.clone()
b2.scatter_(0, idx, src, reduce="add")
print(b2)
try:
    base.scatter_(0, idx, src, reduce="add")
except RuntimeError as e:
    print("RuntimeError", e)
try:
    base.scatter(0, idx, src, reduce="sum")
except RuntimeError as e:
    print("RuntimeError", e)
