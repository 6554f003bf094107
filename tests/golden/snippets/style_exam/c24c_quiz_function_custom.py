# Quiz 30: a custom Function with a deliberately wrong backward
import torch


class CubeWrongGrad(torch.autograd.Function):
    @staticmethod
    def forward(context, inp):
        context.save_for_backward(inp)
        return inp ** 3

    @staticmethod
    def backward(context, grad_out):
        (inp,) = context.saved_tensors
        return grad_out * 2 * inp ** 2  # should be 3 inp^2


inp = torch.tensor([1.0, 2.0], requires_grad=True)
y = CubeWrongGrad.apply(inp)
print(y, y.grad_fn)
y.sum().backward()
print(inp.grad)
xd = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
try:
    torch.autograd.gradcheck(CubeWrongGrad.apply, (xd,))
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
