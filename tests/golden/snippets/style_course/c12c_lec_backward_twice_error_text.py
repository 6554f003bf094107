# Lecture: what freeing saved tensors means, with the exact error.
import torch

x = torch.tensor(2.0, requires_grad=True)
y = x.exp() * x
y.backward(retain_graph=True)
print(x.grad)
y.backward()
print(x.grad)
z = x.sigmoid() * x
z.backward()
try:
    z.backward()
except RuntimeError as e:
    print(str(e)[:120])
try:
    print(z.grad_fn._saved_self)
except RuntimeError as e:
    print(str(e)[:90])
