# Gradients add up over several backward calls until they are zeroed.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
for step in range(3):
    loss = (x ** 2).sum() * (step + 1)
    loss.backward()
    print(step, x.grad)
x.grad.zero_()
print(x.grad, x.grad.requires_grad)
(x.sin()).sum().backward()
print(x.grad)
