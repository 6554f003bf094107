import torch

a = torch.tensor(1., requires_grad=True)
b = torch.tensor(2., requires_grad=True)
(a * b).backward(inputs=[a])
print(a.grad, b.grad)
