# Q: "'NoneType' object has no attribute ..." on w.grad: the forward never used w, or backward wasn't called.
import torch

w1 = torch.tensor(2.0, requires_grad=True)
w2 = torch.tensor(3.0, requires_grad=True)
x = torch.tensor(4.0)
loss = (w1 * x) ** 2
print(w1.grad)
loss.backward()
print(w1.grad, w1.grad.item())
try:
    print(w2.grad.item())
except AttributeError as e:
    print("AttributeError:", e)
try:
    w2.grad.zero_()
except AttributeError as e:
    print("AttributeError:", e)
print(x.grad, x.requires_grad)
try:
    x.grad.data
except AttributeError as e:
    print("AttributeError:", e)
if w2.grad is not None:
    w2.grad.zero_()
print(w2.grad is None, type(w1.grad).__name__, w1.grad.dtype, w1.grad.shape)
