# Double backward with a custom Function: save the output of tanh and differentiate twice.
import torch

class MyTanh(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        out = torch.tanh(x)
        ctx.save_for_backward(out)
        return out

    @staticmethod
    def backward(ctx, grad_out):
        out, = ctx.saved_tensors
        return grad_out * (1 - out ** 2)

x = torch.tensor([0.5, -1.0, 2.0], dtype=torch.double, requires_grad=True)
y = MyTanh.apply(x)
(g,) = torch.autograd.grad(y.sum(), x, create_graph=True)
print(g)
(g2,) = torch.autograd.grad(g.sum(), x)
print(g2)
ref = -2 * torch.tanh(x) * (1 - torch.tanh(x) ** 2)
print(torch.allclose(g2, ref.detach()))
print(torch.autograd.gradcheck(MyTanh.apply, x))
print(torch.autograd.gradgradcheck(MyTanh.apply, x))
print(y.grad_fn.__class__.__name__)
