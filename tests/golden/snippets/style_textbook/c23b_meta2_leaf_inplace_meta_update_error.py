import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (w ** 2).sum()
loss.backward()
try:
    w -= 0.1 * w.grad
except RuntimeError as e:
    print(e)
try:
    w.data -= 0.1 * w.grad
    print("data update ok", w)
except RuntimeError as e:
    print(e)
with torch.no_grad():
    w.sub_(0.1 * w.grad)
print(w, w.requires_grad)
