# Q: why are my parameters not in model.parameters()? Use ParameterList / ParameterDict.
import torch
import torch.nn as nn

class Poly(nn.Module):
    def __init__(self, degree):
        super().__init__()
        self.coeffs = nn.ParameterList([nn.Parameter(torch.full((1,), float(i))) for i in range(degree)])
        self.scale = nn.ParameterList([nn.Parameter(torch.ones(1))])
        self.extra = nn.ParameterDict({'shift': nn.Parameter(torch.zeros(1)), 'gain': nn.Parameter(torch.ones(2))})

    def forward(self, x):
        y = sum(c * x ** i for i, c in enumerate(self.coeffs))
        return self.scale[0] * y * self.extra['gain'].mean() + self.extra['shift']

model = Poly(3)
print(model)
print([n for n, _ in model.named_parameters()])
print(list(model.extra.keys()), len(model.coeffs))
out = model(torch.tensor([2.0]))
out.backward()
print(out, model.coeffs[2].grad, model.extra['shift'].grad)
