"""Manual SGD loop where the assistant wrote grad.zero() instead of grad.zero_()."""
import torch

w = torch.tensor([1.0], requires_grad=True)
loss = (w * 3).sum()
loss.backward()
try:
    w.grad.zero()
except AttributeError as e:
    print("AttributeError:", e)
w.grad.zero_()
print(w.grad)
try:
    w.grad.zeros_()
except AttributeError as e:
    print("AttributeError:", e)
