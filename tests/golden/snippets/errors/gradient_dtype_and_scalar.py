import torch

x = torch.tensor([1., 2.], requires_grad=True)
y = (x * 2).sum()
y.backward(torch.tensor(1.))
print(x.grad)
z = x * 3
z.backward(torch.tensor([1., 1.], dtype=torch.float64))
print(x.grad)
(x * 4).backward(torch.tensor([1, 1]))
print(x.grad, x.grad.dtype)
