# Quiz 39: backward(inputs=...) only fills the listed leaves
import torch

alpha = torch.tensor(1.0, requires_grad=True)
beta = torch.tensor(2.0, requires_grad=True)
obj = alpha * beta + beta ** 2
obj.backward(inputs=[beta])
print(alpha.grad, beta.grad)
obj = alpha * beta
obj.backward(inputs=alpha)
print(alpha.grad, beta.grad)
