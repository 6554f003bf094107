# Q: "function MulConstantBackward returned an incorrect number of gradients".
import torch

class MulConstant(torch.autograd.Function):
    @staticmethod
    def forward(ctx, tensor, constant):
        ctx.constant = constant
        return tensor * constant

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output * ctx.constant

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = MulConstant.apply(x, 5.0)
print(y)
try:
    y.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)

class MulConstantFixed(MulConstant):
    @staticmethod
    def backward(ctx, grad_output):
        return grad_output * ctx.constant, None

MulConstantFixed.apply(x, 5.0).sum().backward()
print(x.grad)
