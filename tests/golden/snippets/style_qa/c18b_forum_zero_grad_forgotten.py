# Q: the gradient keeps growing every iteration
import torch

w = torch.tensor([1.0], requires_grad=True)
for i in range(3):
    loss = (3 * w).sum()
    loss.backward()
    print(i, w.grad)
w.grad.zero_()
print(w.grad)
w.grad = None
(3 * w).sum().backward()
print(w.grad)
