# Q: element 0 of tensors does not require grad
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    loss = (w ** 2).sum()
print(loss.requires_grad, loss.grad_fn)
loss.backward()
