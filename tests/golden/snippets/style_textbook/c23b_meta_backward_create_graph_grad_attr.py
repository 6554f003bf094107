import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x ** 3).sum()
y.backward(create_graph=True)
print(x.grad, x.grad.grad_fn is not None)
gsum = x.grad.sum()
x.grad = None
gsum.backward()
print(x.grad)
