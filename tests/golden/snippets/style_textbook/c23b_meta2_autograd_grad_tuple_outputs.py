import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y1 = x.sum()
y2 = (x * x).sum()
g, = torch.autograd.grad([y1, y2], x)
print(g)
g, = torch.autograd.grad((y1, y2), [x], grad_outputs=(torch.tensor(2.0), torch.tensor(-1.0)), retain_graph=True)
print(g)
try:
    torch.autograd.grad([y1, y2], x, grad_outputs=[torch.tensor(1.0)])
except Exception as e:
    print(type(e).__name__, e)
