import torch

x = torch.tensor([1.0, 4.0, 2.0, 8.0, 5.0])
w = torch.tensor([0.2, 0.3, 0.5], requires_grad=True)
ma = (x.unfold(0, 3, 1) * w).sum(1)
print(ma)
target = torch.tensor([2.5, 5.0, 5.0])
loss = ((ma - target) ** 2).mean()
loss.backward()
print(w.grad)
print(loss.grad_fn.name())
