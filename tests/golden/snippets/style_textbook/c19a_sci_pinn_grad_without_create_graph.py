# forgetting create_graph: the derivative cannot be differentiated again
import torch
x = torch.tensor([0.5, 1.0], requires_grad=True)
y = torch.sin(x) * x
dy = torch.autograd.grad(y.sum(), x)[0]
print(dy)
print(dy.requires_grad, dy.grad_fn)
try:
    torch.autograd.grad(dy.sum(), x)
except RuntimeError as e:
    print("RuntimeError:", e)
