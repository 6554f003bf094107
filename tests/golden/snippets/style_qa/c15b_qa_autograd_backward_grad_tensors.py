# Q: torch.autograd.backward with several outputs and grad_tensors — how are they combined?
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y1 = x ** 2
y2 = x.sum() * 2
torch.autograd.backward([y1, y2], grad_tensors=[torch.tensor([1.0, 0.0, 0.5]), torch.tensor(3.0)])
print(x.grad)
x.grad = None
y = x * x
y.backward(torch.tensor([0.1, 1.0, 10.0]))
print(x.grad)
try:
    torch.autograd.backward([x * 2], grad_tensors=[torch.ones(2)])
except RuntimeError as e:
    print(e)
