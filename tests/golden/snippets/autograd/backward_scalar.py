import torch

x = torch.tensor(3., requires_grad=True)
y = x ** 2 + 2 * x + 1
print(y)
y.backward()
print(x.grad)
w = torch.tensor([1., 2., 3.], requires_grad=True)
loss = (w * w).mean()
loss.backward()
print(loss, w.grad)
