# Q: passing a Python list as the gradient argument to backward
import torch

z = torch.tensor([1.0, 2.0], requires_grad=True) * 2
try:
    z.backward([1.0, 1.0])
except TypeError as e:
    print(e)
try:
    torch.autograd.backward(z, grad_tensors=torch.ones(3))
except RuntimeError as e:
    print(e)
torch.autograd.backward([z], [torch.ones(2)])
print(z.grad_fn.next_functions[0][0].variable.grad)
