# Quiz E1: autograd.grad and backward with keyword arguments
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x ** 2).sum()
(g,) = torch.autograd.grad(outputs=y, inputs=x, create_graph=True, retain_graph=True)
print(g)
(h,) = torch.autograd.grad(outputs=[g.sum()], inputs=[x], grad_outputs=[torch.tensor(2.0)])
print(h)
y.backward(gradient=torch.tensor(0.5), retain_graph=False)
print(x.grad)
try:
    torch.autograd.grad(y, x, allow_unused=True, materialize_grads=True)
except RuntimeError as e:
    print("RuntimeError:", str(e)[:70])
