# Extending PyTorch: a LinearFunction with an optional bias wrapped by a Module with extra_repr.
import torch
import torch.nn as nn

class LinearFunction(torch.autograd.Function):
    @staticmethod
    def forward(ctx, input, weight, bias=None):
        ctx.save_for_backward(input, weight, bias)
        output = input.mm(weight.t())
        if bias is not None:
            output += bias.unsqueeze(0).expand_as(output)
        return output

    @staticmethod
    def backward(ctx, grad_output):
        input, weight, bias = ctx.saved_tensors
        grad_input = grad_weight = grad_bias = None
        if ctx.needs_input_grad[0]:
            grad_input = grad_output.mm(weight)
        if ctx.needs_input_grad[1]:
            grad_weight = grad_output.t().mm(input)
        if bias is not None and ctx.needs_input_grad[2]:
            grad_bias = grad_output.sum(0)
        return grad_input, grad_weight, grad_bias

class Linear(nn.Module):
    def __init__(self, input_features, output_features, bias=True):
        super().__init__()
        self.input_features = input_features
        self.output_features = output_features
        self.weight = nn.Parameter(torch.empty(output_features, input_features))
        if bias:
            self.bias = nn.Parameter(torch.empty(output_features))
        else:
            self.register_parameter('bias', None)
        nn.init.uniform_(self.weight, -0.1, 0.1)
        if self.bias is not None:
            nn.init.uniform_(self.bias, -0.1, 0.1)

    def forward(self, input):
        return LinearFunction.apply(input, self.weight, self.bias)

    def extra_repr(self):
        return 'input_features={}, output_features={}, bias={}'.format(
            self.input_features, self.output_features, self.bias is not None)

torch.manual_seed(0)
lin = Linear(3, 2)
print(lin, Linear(3, 2, bias=False))
x = torch.randn(4, 3, requires_grad=True)
out = lin(x)
out.pow(2).sum().backward()
print(out.grad_fn, lin.bias.grad)
print(x.grad)
inputs = (torch.randn(5, 3, dtype=torch.double, requires_grad=True),
          torch.randn(2, 3, dtype=torch.double, requires_grad=True))
print(torch.autograd.gradcheck(LinearFunction.apply, inputs, eps=1e-6, atol=1e-4))
