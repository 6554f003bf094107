# Forgetting to zero the gradients: the second backward adds to the first.
import torch

w = torch.tensor([1.0, -2.0], requires_grad=True)
x = torch.tensor([3.0, 4.0])
for step in range(3):
    loss = (w * x).sum() ** 2
    loss.backward()
    print(step, loss.item(), w.grad)
w.grad.zero_()
(w * x).sum().backward()
print(w.grad)
