# Quiz 39: backward(inputs=...) only fills the listed leaves
import torch

a = torch.tensor(1.0, requires_grad=True)
b = torch.tensor(2.0, requires_grad=True)
loss = a * b + b ** 2
loss.backward(inputs=[b])
print(a.grad, b.grad)
loss = a * b
loss.backward(inputs=a)
print(a.grad, b.grad)
