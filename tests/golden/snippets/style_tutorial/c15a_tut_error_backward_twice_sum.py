# Calling backward on the same loss twice, as in a copy-pasted training cell
import torch

torch.manual_seed(2)
a = torch.randn(4, requires_grad=True)
b = a.sigmoid() * a.tanh()
loss = b.sum()
loss.backward()
print(a.grad)
print(loss.grad_fn, b.grad_fn)
loss.backward()
