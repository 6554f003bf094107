# w = w - lr * w.grad makes w a non-leaf; the next backward leaves w.grad None.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
x = torch.tensor([0.5, -1.0])
for step in range(2):
    loss = ((w * x).sum() - 1) ** 2
    loss.backward()
    print(step, w.is_leaf, w.grad)
    if w.grad is None:
        break
    w = w - 0.1 * w.grad
