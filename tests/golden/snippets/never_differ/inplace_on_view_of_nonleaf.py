import torch

x = torch.tensor([1., 2., 3., 4.], requires_grad=True)
y = x * 3
v = y[:2]
v.mul_(2)
print(y, v)
print(v.grad_fn.next_functions[0][0] is y.grad_fn)
y.sum().backward()
print(x.grad)

x = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
y = x + 0
y.t()[0].mul_(x[0])
print(y)
y.sum().backward()
print(x.grad)

w = torch.tensor([2., 5.], requires_grad=True)
buf = torch.zeros(4)
buf[1:3].add_(w * w)
print(buf)
buf.sum().backward()
print(w.grad)
