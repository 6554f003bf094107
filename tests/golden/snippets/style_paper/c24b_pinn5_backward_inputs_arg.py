# loss.backward(inputs=[...]) accumulates only into the listed leaves
import torch

a = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
b = torch.tensor(3.0, dtype=torch.float64, requires_grad=True)
loss = a * b + b ** 2
loss.backward(inputs=[a])
print(a.grad, b.grad)
loss2 = a * b
loss2.backward(inputs=[b])
print(a.grad, b.grad)
