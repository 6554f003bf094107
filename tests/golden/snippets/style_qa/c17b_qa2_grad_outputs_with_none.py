# Q: torch.autograd.grad with two outputs and one grad_output left as None
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (x ** 2).sum()
vec = x * 3
g = torch.autograd.grad([loss, vec], x, grad_outputs=[None, torch.tensor([1.0, -1.0])])
print(g)
try:
    torch.autograd.grad([loss, vec], x, grad_outputs=[None, None])
except RuntimeError as e:
    print(e)
