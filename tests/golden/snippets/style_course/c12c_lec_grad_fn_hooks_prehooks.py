# Lecture: hooks on the grad_fn node itself (not on the tensor).
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * x
z = y.sum()

def pre(grad_outputs):
    print("prehook sees", grad_outputs)

def post(grad_inputs, grad_outputs):
    print("hook inputs", grad_inputs)
    print("hook outputs", grad_outputs)

h1 = y.grad_fn.register_prehook(pre)
h2 = y.grad_fn.register_hook(post)
z.backward()
print(x.grad)
h1.remove()
h2.remove()
x.grad = None
(x * x).sum().backward()
print(x.grad)
