# A custom ReLU Function with ctx.save_for_backward, checked with gradcheck.
import torch

class MyReLU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, input):
        ctx.save_for_backward(input)
        return input.clamp(min=0)

    @staticmethod
    def backward(ctx, grad_output):
        input, = ctx.saved_tensors
        grad_input = grad_output.clone()
        grad_input[input < 0] = 0
        return grad_input

x = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
y = MyReLU.apply(x)
print(y, y.grad_fn)
y.sum().backward()
print(x.grad)
inp = torch.tensor([[-0.7, 0.3], [1.2, -2.0]], dtype=torch.double, requires_grad=True)
print(torch.autograd.gradcheck(MyReLU.apply, (inp,), eps=1e-6, atol=1e-4))
print(MyReLU.apply(torch.ones(2)).requires_grad)
