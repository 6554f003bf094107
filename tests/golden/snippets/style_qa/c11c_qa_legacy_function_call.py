# Q: calling my autograd.Function like a module - "Legacy autograd function with non-static forward method".
import torch

class Square(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    def backward(ctx, g):
        (x,) = ctx.saved_tensors
        return 2 * x * g

x = torch.tensor([3.0], requires_grad=True)
try:
    Square()(x)
except RuntimeError as e:
    print("RuntimeError:", e)
y = Square.apply(x)
y.backward()
print(y, x.grad)
square = Square.apply
print(square(torch.tensor([2.0, 4.0])))
