# .grad is None until the first backward, and backward fills it.
import torch

w = torch.tensor([0.5, -1.0], requires_grad=True)
print(w.grad)
print(w.grad is None)
loss = (w ** 2).sum()
print(w.grad)
loss.backward()
print(w.grad)
