# Q: which results require grad when only some inputs do?
import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0])
print((a + b).requires_grad, (b * 2).requires_grad)
print(torch.stack([a, b]).requires_grad, a.detach().requires_grad)
print((a > 1).requires_grad, a.argmax().requires_grad, a.long().requires_grad)
print(a.sum().grad_fn, (a > 1).grad_fn, a.floor().grad_fn.__class__.__name__)
