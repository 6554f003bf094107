# backward(inputs=...) accumulates only into the listed tensors.
import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
loss = a * b + b ** 2
loss.backward(inputs=[a], retain_graph=True)
print(a.grad, b.grad)
loss.backward(inputs=[b])
print(a.grad, b.grad)
c = a * 4
torch.autograd.backward([c], inputs=[a])
print(a.grad)
