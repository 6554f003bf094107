# torch.autograd.Function reference example: Exp with save_for_backward, then gradcheck
import torch

class Exp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, i):
        result = i.exp()
        ctx.save_for_backward(result)
        return result

    @staticmethod
    def backward(ctx, grad_output):
        result, = ctx.saved_tensors
        return grad_output * result

input = torch.tensor([0.0, 0.5, 1.0], requires_grad=True)
output = Exp.apply(input)
print(output, type(output.grad_fn).__name__)
output.sum().backward()
print(input.grad)
print(torch.autograd.gradcheck(Exp.apply, (torch.randn(3, dtype=torch.double, requires_grad=True),)))
