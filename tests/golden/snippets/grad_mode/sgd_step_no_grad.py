import torch

w = torch.tensor([1., 1.], requires_grad=True)
x = torch.tensor([2., -1.])
loss = (w * x).sum() ** 2
loss.backward()
print(w.grad)
with torch.no_grad():
    w -= 0.1 * w.grad
print(w, w.is_leaf, w.grad_fn)
w.grad.zero_()
print(w.grad)
