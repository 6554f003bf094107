import torch

# An op that saves its result (exp, sigmoid, tanh) run in place: writing into the tensor again
# invalidates what the first one saved.
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 1
y.exp_()
y.exp_()
try:
    y.sum().backward()
except RuntimeError as e:
    print("RuntimeError", e)

y = x * 1
y.sigmoid_()
y.tanh_()
try:
    y.sum().backward()
except RuntimeError as e:
    print("RuntimeError", e)

y = x * 1
y.exp_()
(y * 2).sum().backward()
print(x.grad)

# A write through a view reports the base's new history by PyTorch's name for it.
x = torch.ones(3, requires_grad=True)
b = x * 2
s = b.sin()
b[:1].add_(1)
try:
    s.sum().backward()
except RuntimeError as e:
    print("RuntimeError", e)
