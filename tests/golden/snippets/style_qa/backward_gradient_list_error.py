# backward(gradient=...) needs a tensor, not a Python list.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
z = x * 3
try:
    z.backward(gradient=[1, 1])
except TypeError as e:
    print(type(e).__name__, e)
z.backward(gradient=torch.tensor([1.0, 1.0]))
print(x.grad)
