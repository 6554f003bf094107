# Lecture: backward on a non-scalar output needs gradient= (a vector-Jacobian product).
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x ** 2 + 3 * x
v = torch.tensor([1.0, 0.1, 0.01])
y.backward(gradient=v)
print(x.grad)
print((2 * x.detach() + 3) * v)
x.grad = None
y = x ** 2 + 3 * x
y.backward(torch.ones_like(y))
print(x.grad)
x.grad = None
(x ** 2 + 3 * x).sum().backward()
print(x.grad)
M = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
out = M @ M
out.backward(gradient=torch.eye(2))
print(M.grad)
J = torch.zeros(3, 3)
for i in range(3):
    x.grad = None
    y = torch.sin(x) * x
    y.backward(gradient=torch.nn.functional.one_hot(torch.tensor(i), 3).float())
    J[i] = x.grad
print(J)
