import torch

x = torch.tensor([1., 2.], requires_grad=True)
y = x * 1
print(y.grad_fn)
y.add_(1)
print(y.grad_fn)
y.mul_(2)
print(y)
y.exp_()
print(y.grad_fn.name())
y[0] = 5
print(y.grad_fn, y)
y.relu_()
print(y.grad_fn.name())
