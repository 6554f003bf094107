# nn.Parameter, nn.ParameterList, nn.ParameterDict, register_parameter
import torch
import torch.nn as nn

class MyModule(nn.Module):
    def __init__(self):
        super().__init__()
        self.params = nn.ParameterList([nn.Parameter(torch.ones(2, 2)) for i in range(3)])
        self.choices = nn.ParameterDict({'left': nn.Parameter(torch.zeros(2)), 'right': nn.Parameter(torch.ones(2))})
        self.register_parameter('scale', nn.Parameter(torch.tensor(2.0)))

    def forward(self, x, choice):
        for p in self.params:
            x = p.mm(x)
        return x * self.scale + self.choices[choice]

m = MyModule()
print(m)
print(m(torch.ones(2, 2), 'left'))
print([n for n, _ in m.named_parameters()])
print(nn.Parameter(torch.tensor([1., 2.])))
